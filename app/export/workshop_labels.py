"""The report labels of the workshop annex (en, fr, ar), kept apart so that the annex stays in its own
modules; app/export/strings.py adds them to the other labels."""

from __future__ import annotations

# key: (English, French, Arabic)
WORKSHOP_LABELS: dict[str, tuple[str, str, str]] = {
    "annex_workshop": ("Annex: workshop", "Annexe : atelier", "مرفق: ورشة العمل"),
    "sheet_workshop": ("Workshop", "Atelier", "ورشة العمل"),
    "workshop_intro": (
        "The answers of this report were brought together by a facilitator from the contributions of the "
        "participants listed below. The answer reported for each question is the facilitator's (the consensus); "
        "the contributions are kept as they were received.",
        "Les réponses de ce rapport ont été rassemblées par un animateur à partir des contributions des "
        "participants ci-dessous. La réponse retenue pour chaque question est celle de l’animateur (le "
        "consensus) ; les contributions sont conservées telles qu’elles ont été reçues.",
        "جمع ميسّرٌ إجابات هذا التقرير من مساهمات المشاركين المذكورين أدناه. والإجابة المعتمدة لكل سؤال هي "
        "إجابة الميسّر (الإجابة المتوافق عليها)؛ وتُحفظ المساهمات كما وردت.",
    ),
    "contributors": ("Contributors", "Contributeurs", "المساهمون"),
    "contributor": ("Contributor", "Contributeur", "المساهم"),
    "contributor_institution": ("Institution", "Institution", "المؤسسة"),
    "received_on": ("Received", "Reçue le", "تاريخ الاستلام"),
    "answers_given": ("Answers given", "Réponses données", "الإجابات المقدَّمة"),
    "no_contributions": ("No contribution has been received.", "Aucune contribution n’a été reçue.",
                         "لم ترد أي مساهمة."),
    "no_workshop": ("No workshop contribution has been received: the answers of this report are those entered in "
                    "the assessment itself.",
                    "Aucune contribution d’atelier n’a été reçue : les réponses de ce rapport sont celles saisies "
                    "dans l’évaluation elle-même.",
                    "لم ترد أي مساهمة من ورشة عمل: الإجابات الواردة في هذا التقرير هي تلك المُدخلة في التقييم نفسه."),
    "agreement_by_section": ("Agreement by section", "Accord par section", "التوافق حسب القسم"),
    "agreement_intro": (
        "Agreement: the share of the questions answered by two contributors or more on which they all gave the "
        "same answer.",
        "Accord : la part des questions auxquelles au moins deux contributeurs ont répondu et pour lesquelles "
        "tous ont donné la même réponse.",
        "التوافق: نسبة الأسئلة التي أجاب عنها مساهمان أو أكثر وقدّموا جميعاً الإجابة نفسها.",
    ),
    "agreement": ("Agreement", "Accord", "التوافق"),
    "agree_unanimous": ("All agree", "Tous d’accord", "إجماع"),
    "agree_conflict": ("Disagree", "Désaccord", "اختلاف"),
    "agree_single": ("One answer only", "Une seule réponse", "إجابة واحدة فقط"),
    "agree_none": ("No answer", "Aucune réponse", "لا إجابة"),
    "all_sections": ("All sections", "Toutes les sections", "جميع الأقسام"),
    "in_dispute": ("Questions still in dispute", "Questions encore en discussion", "أسئلة لا تزال محل خلاف"),
    "no_disputes": ("No question is in dispute: every disagreement has been decided.",
                    "Aucune question n’est en discussion : chaque désaccord a été tranché.",
                    "لا يوجد سؤال محل خلاف: حُسم كل اختلاف."),
    "competing_answers": ("Competing answers", "Réponses divergentes", "الإجابات المتباينة"),
    "consensus": ("Consensus", "Consensus", "الإجابة المتوافق عليها"),
}
