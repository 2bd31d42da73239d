"""The labels of the comparison reports (issue 17), in English, French and Arabic. Merged into the report
labels of app/export/strings.py (same `label()`, same tests): kept apart so the comparison's wording can be
read and reviewed in one place."""

from __future__ import annotations

# key: (English, French, Arabic)
COMPARE_LABELS: dict[str, tuple[str, str, str]] = {
    "cmp_title": ("Comparison of self-assessments", "Comparaison d’auto-évaluations", "مقارنة التقييمات الذاتية"),
    "cmp_progress_title": ("Progress report", "Rapport de progrès", "تقرير التقدّم"),
    "cmp_subtitle": (
        "Optional Protocol on the sale of children, child prostitution and child pornography, against the "
        "Guidelines of the Committee on the Rights of the Child (CRC/C/156)",
        "Protocole facultatif concernant la vente d’enfants, la prostitution des enfants et la pornographie "
        "mettant en scène des enfants, au regard des Lignes directrices du Comité des droits de l’enfant "
        "(CRC/C/156)",
        "البروتوكول الاختياري بشأن بيع الأطفال واستغلال الأطفال في البغاء وفي المواد الإباحية، وفقاً للمبادئ "
        "التوجيهية للجنة حقوق الطفل (CRC/C/156)",
    ),
    "cmp_over_time": ("Over time: {country}, from {first} to {last}", "Dans le temps : {country}, de {first} à {last}",
                      "عبر الزمن: {country}، من {first} إلى {last}"),
    "cmp_across": ("Across countries: {n} assessments side by side", "Entre pays : {n} évaluations côte à côte",
                   "بين البلدان: {n} تقييمات جنباً إلى جنب"),
    "cmp_assessments": ("Assessments compared", "Évaluations comparées", "التقييمات المقارَنة"),
    "cmp_reference": (
        "Every change is read from the first assessment ({first}) to the last ({last}), in percentage points.",
        "Chaque évolution se lit de la première évaluation ({first}) à la dernière ({last}), en points de "
        "pourcentage.",
        "يُقرأ كل تغيّر من التقييم الأول ({first}) إلى الأخير ({last})، بالنقاط المئوية.",
    ),
    "cmp_shared_note": (
        "Compared only on the {n} questions every assessment shares (questionnaire versions: {versions}); "
        "{left} questions are left out: {ids}.",
        "Comparaison limitée aux {n} questions communes à toutes les évaluations (versions du questionnaire : "
        "{versions}) ; {left} questions sont écartées : {ids}.",
        "تقتصر المقارنة على {n} سؤالاً مشتركاً بين جميع التقييمات (إصدارات الاستبيان: {versions})؛ واستُبعد "
        "{left} سؤالاً: {ids}.",
    ),
    "cmp_unknown_version": (
        "The meaning of the questionnaire version of “{title}” is not known: its answers are read against the "
        "current version.",
        "Le sens de la version du questionnaire de « {title} » n’est pas connu : ses réponses sont lues selon la "
        "version actuelle.",
        "معنى إصدار الاستبيان الخاص بـ«{title}» غير معروف: تُقرأ إجاباته وفق الإصدار الحالي.",
    ),
    "cmp_change": ("Change", "Évolution", "التغيّر"),
    "cmp_points": ("{value} pts", "{value} pts", "{value} نقطة"),
    "mark_improved": ("improved", "en progrès", "تحسّن"),
    "mark_regressed": ("regressed", "en recul", "تراجع"),
    "mark_unchanged": ("unchanged", "inchangé", "دون تغيير"),
    "mark_not_comparable": ("not comparable", "non comparable", "غير قابل للمقارنة"),
    "mark_changed": ("changed", "modifiée", "تغيّرت"),
    "cmp_what_moved": ("What moved", "Ce qui a bougé", "ما الذي تغيّر"),
    "cmp_moved_counts": (
        "Sections improved: {improved}; regressed: {regressed}; did not move: {unchanged}; not comparable yet "
        "(not scored in the first or the last assessment): {other}.",
        "Sections en progrès : {improved} ; en recul : {regressed} ; inchangées : {unchanged} ; pas encore "
        "comparables (non évaluées dans la première ou la dernière évaluation) : {other}.",
        "الأقسام التي تحسّنت: {improved}؛ التي تراجعت: {regressed}؛ التي لم تتغيّر: {unchanged}؛ التي لا يمكن "
        "مقارنتها بعد (غير مقيَّمة في التقييم الأول أو الأخير): {other}.",
    ),
    "cmp_improved_sections": ("Sections that improved", "Sections en progrès", "الأقسام التي تحسّنت"),
    "cmp_regressed_sections": ("Sections that regressed", "Sections en recul", "الأقسام التي تراجعت"),
    "cmp_unchanged_sections": ("Sections that did not move", "Sections qui n’ont pas bougé", "الأقسام التي لم تتغيّر"),
    "cmp_not_comparable_sections": ("Sections not comparable yet", "Sections pas encore comparables",
                                    "أقسام لا يمكن مقارنتها بعد"),
    "cmp_none": ("None.", "Aucune.", "لا شيء."),
    "cmp_matrix": ("Sections × assessments", "Sections × évaluations", "الأقسام × التقييمات"),
    "cmp_matrix_note": (
        "Each cell gives the score, coloured by its maturity band (grey: provisional, under two thirds "
        "coverage), and the coverage: an unfinished assessment is not a poor one.",
        "Chaque case donne le score, coloré selon son niveau de maturité (gris : provisoire, moins de deux tiers "
        "de couverture), et la couverture : une évaluation inachevée n’est pas une évaluation faible.",
        "تعرض كل خانة الدرجة ملوّنة بحسب مستوى النضج (الرمادي: مؤقّتة، تغطية أقل من الثلثين)، والتغطية: "
        "فالتقييم غير المكتمل ليس تقييماً ضعيفاً.",
    ),
    "cmp_changed_questions": ("Answers that changed", "Réponses modifiées", "الإجابات التي تغيّرت"),
    "cmp_no_changed": ("No answer differs between these assessments.",
                       "Aucune réponse ne diffère entre ces évaluations.",
                       "لا تختلف أي إجابة بين هذه التقييمات."),
    "cmp_direction": ("Direction", "Sens", "الاتجاه"),
    "cmp_still_open": ("Still not answered in “{title}”", "Toujours sans réponse dans « {title} »",
                       "ما زال بلا إجابة في «{title}»"),
    "cmp_still_open_none": ("Every applicable question is answered.",
                            "Toutes les questions applicables ont une réponse.",
                            "تمت الإجابة على جميع الأسئلة المنطبقة."),
    "cmp_open_count": ("{n} questions: {ids}", "{n} questions : {ids}", "{n} سؤالاً: {ids}"),
    "cmp_carried_over": (
        "{n} answers carried over from the baseline are still to confirm in “{title}”: they count as unanswered "
        "until someone confirms or changes them.",
        "{n} réponses reprises de l’évaluation de référence restent à confirmer dans « {title} » : elles comptent "
        "comme sans réponse tant que personne ne les a confirmées ou modifiées.",
        "ما زالت {n} إجابة منقولة من التقييم المرجعي بانتظار التأكيد في «{title}»: تُحتسب بلا إجابة إلى أن "
        "يؤكّدها أحد أو يغيّرها.",
    ),
    "carried_over_mark": ("carried over, to confirm", "reprise, à confirmer", "منقولة، بانتظار التأكيد"),
    "cmp_actions": ("Action plan progress", "Avancement du plan d’action", "تقدّم خطة العمل"),
    "cmp_actions_note": (
        "The action plan of “{follow_up}”, carried over from “{baseline}” with each status; a deadline before "
        "{date} not met is late.",
        "Le plan d’action de « {follow_up} », repris de « {baseline} » avec le statut de chaque action ; une "
        "échéance antérieure au {date} non tenue est en retard.",
        "خطة عمل «{follow_up}» المنقولة من «{baseline}» مع حالة كل إجراء؛ ويُعدّ متأخراً كل إجراء لم يُنجز "
        "وحلّ موعده قبل {date}.",
    ),
    "cmp_no_pair": (
        "Action plan progress is given when a follow-up review is compared with its baseline (the baseline first).",
        "L’avancement du plan d’action est donné quand une évaluation de suivi est comparée à son évaluation de "
        "référence (la référence en premier).",
        "يُعرض تقدّم خطة العمل عند مقارنة تقييم متابعة بتقييمه المرجعي (المرجعي أولاً).",
    ),
    "cmp_no_actions": ("The follow-up has no action plan.", "L’évaluation de suivi n’a pas de plan d’action.",
                       "لا توجد خطة عمل لتقييم المتابعة."),
    "act_done": ("Done", "Réalisée", "منجَز"),
    "act_late": ("Late", "En retard", "متأخر"),
    "act_in_progress": ("In progress", "En cours", "قيد التنفيذ"),
    "act_not_started": ("Not started", "Pas commencée", "لم يبدأ"),
    "cmp_state": ("Progress", "Avancement", "التقدّم"),
    "cmp_count": ("Number", "Nombre", "العدد"),
    "sheet_cmp_overall": ("Overall", "Vue d’ensemble", "النظرة العامة"),
    "sheet_cmp_sections": ("Sections", "Sections", "الأقسام"),
    "sheet_cmp_changed": ("Changed answers", "Réponses modifiées", "الإجابات المعدَّلة"),
    "sheet_cmp_actions": ("Action plan progress", "Avancement du plan", "تقدّم خطة العمل"),
    "cmp_chart_overall": ("Overall score and conservative score by assessment (%)",
                          "Score global et score prudent par évaluation (%)",
                          "الدرجة الإجمالية والدرجة المتحفظة حسب التقييم (%)"),
    "cmp_chart_sections": ("Score by section and assessment (%)", "Score par section et par évaluation (%)",
                           "الدرجة حسب القسم والتقييم (%)"),
    "cmp_chart_actions": ("Actions by progress", "Actions par avancement", "الإجراءات حسب التقدّم"),
    "cmp_how_to_read": (
        "Scores, conservative scores and coverage are those of each assessment’s own report. A change is the last "
        "assessment’s figure minus the first’s; a move of less than 0.05 points counts as unchanged. A score "
        "under two thirds coverage is provisional: read the coverage before reading a change.",
        "Les scores, scores prudents et couvertures sont ceux du rapport de chaque évaluation. Une évolution est "
        "le chiffre de la dernière évaluation moins celui de la première ; un écart de moins de 0,05 point compte "
        "comme inchangé. Un score sous les deux tiers de couverture est provisoire : lisez la couverture avant "
        "de lire une évolution.",
        "الدرجات والدرجات المتحفظة والتغطية هي نفسها الواردة في تقرير كل تقييم. والتغيّر هو رقم التقييم الأخير "
        "مطروحاً منه رقم الأول؛ ويُعدّ التغيّر الأقل من 0.05 نقطة دون تغيير. والدرجة التي تقلّ تغطيتها عن الثلثين "
        "مؤقّتة: اقرأ التغطية قبل قراءة التغيّر.",
    ),
    "cmp_baseline_of": ("follow-up of “{title}”", "suivi de « {title} »", "متابعة لـ«{title}»"),
    "cmp_first": ("First", "Première", "الأول"),
    "cmp_last": ("Last", "Dernière", "الأخير"),
}
