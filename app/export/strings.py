"""Every label the reports print, in English, French and Arabic, and the number/date formats.

label(key, lang, **values) -> the text in `lang` (English when the language is unknown), with
`{name}` placeholders filled from `values`.
"""

from __future__ import annotations

from datetime import date, datetime

from app.domain.languages import french_spacing

from .crosswalk_strings import CROSSWALK_LABELS
from .strings_compare import COMPARE_LABELS
from .workshop_labels import WORKSHOP_LABELS

__all__ = ["french_spacing"]  # kept here too: the report code imports it with the labels

LANGS: tuple[str, ...] = ("en", "fr", "ar")

# key: (English, French, Arabic)
_LABELS: dict[str, tuple[str, str, str]] = {
    # -- titles ---------------------------------------------------------------------------------
    "report_title": (
        "Self-assessment of the implementation of the Optional Protocol to the Convention on the Rights of the "
        "Child on the sale of children, child prostitution and child pornography",
        "Auto-évaluation de la mise en œuvre du Protocole facultatif à la Convention relative aux droits de "
        "l’enfant, concernant la vente d’enfants, la prostitution des enfants et la pornographie mettant en "
        "scène des enfants",
        "التقييم الذاتي لتنفيذ البروتوكول الاختياري لاتفاقية حقوق الطفل بشأن بيع الأطفال واستغلال الأطفال "
        "في البغاء وفي المواد الإباحية",
    ),
    "report_subtitle": (
        "Against the Guidelines of the Committee on the Rights of the Child (CRC/C/156)",
        "Au regard des Lignes directrices du Comité des droits de l’enfant (CRC/C/156)",
        "وفقاً للمبادئ التوجيهية للجنة حقوق الطفل (CRC/C/156)",
    ),
    "executive_summary": ("Executive summary", "Synthèse", "الملخص التنفيذي"),
    "results_by_section": ("Results by section", "Résultats par section", "النتائج حسب القسم"),
    "results_by_chapter": ("Results by chapter", "Résultats par chapitre", "النتائج حسب الفصل"),
    "chart_sections": ("Score by section (%)", "Score par section (%)", "الدرجة حسب القسم (%)"),
    "chart_chapters": ("Score by chapter (%)", "Score par chapitre (%)", "الدرجة حسب الفصل (%)"),
    "strongest_sections": ("Strongest sections", "Sections les plus avancées", "الأقسام الأقوى"),
    "weakest_sections": ("Weakest sections", "Sections les plus faibles", "الأقسام الأضعف"),
    "largest_gaps": ("The ten largest gaps", "Les dix écarts les plus importants", "أكبر عشر فجوات"),
    "no_gaps": ("No gap: no answer below “Fully in place”.", "Aucun écart : aucune réponse en deçà de « Pleinement en place ».",
                "لا توجد فجوات: لا إجابة دون «قائم بالكامل»."),
    "action_plan": ("Action plan", "Plan d’action", "خطة العمل"),
    "no_actions": ("No action has been recorded yet.", "Aucune action n’a encore été enregistrée.", "لم تُسجَّل أي إجراءات بعد."),
    "methodology": ("Methodology", "Méthodologie", "المنهجية"),
    "annex_methodology": ("Annex: methodology", "Annexe : méthodologie", "مرفق: المنهجية"),
    "answer_scale": ("Answer scale", "Échelle de réponse", "سلّم الإجابات"),
    "weights": ("Weights", "Poids", "الأوزان"),
    "bands": ("Maturity bands", "Niveaux de maturité", "مستويات النضج"),
    "overridden_weights": ("Weights changed for this assessment", "Poids modifiés pour cette évaluation",
                           "أوزان عُدِّلت لهذا التقييم"),
    "no_overrides": ("No weight was changed: every question carries the weight of its paragraph.",
                     "Aucun poids n’a été modifié : chaque question a le poids de son paragraphe.",
                     "لم يُعدَّل أي وزن: لكل سؤال وزن الفقرة التي يستند إليها."),
    "about": ("About this report", "À propos de ce rapport", "حول هذا التقرير"),
    # -- sheet names (at most 31 characters, none of []:*?/\) ---------------------------------
    "sheet_summary": ("Summary", "Synthèse", "الملخص"),
    "sheet_answers": ("Answers", "Réponses", "الإجابات"),
    "sheet_actions": ("Action plan", "Plan d’action", "خطة العمل"),
    "sheet_methodology": ("Methodology", "Méthodologie", "المنهجية"),
    "sheet_about": ("About", "À propos", "حول"),
    "sheet_legend": ("Legend", "Légende", "دليل الرموز"),
    # -- the audit trail annex (docs/audit.md) -----------------------------------------------------
    "annex_audit": ("Annex: audit trail", "Annexe : historique des modifications", "مرفق: سجل التدقيق"),
    "sheet_audit": ("Audit trail", "Historique", "سجل التدقيق"),
    "audit_intro": ("Every change recorded for this assessment, the oldest first: when (UTC), who, what, the value "
                    "before and after, and by which means.",
                    "Chaque modification enregistrée pour cette évaluation, la plus ancienne en premier : quand "
                    "(UTC), qui, quoi, la valeur avant et après, et par quel moyen.",
                    "كل تغيير سُجّل لهذا التقييم، الأقدم أولاً: متى (بالتوقيت العالمي)، ومن، وماذا، والقيمة قبل "
                    "التغيير وبعده، وبأي وسيلة."),
    "audit_cut": ("Texts longer than {n} characters are cut here (…); the Excel report lists them in full.",
                  "Les textes de plus de {n} caractères sont coupés ici (…) ; le rapport Excel les donne en entier.",
                  "النصوص التي يزيد طولها على {n} حرفاً مقتطعة هنا (…)؛ ويعرضها تقرير Excel كاملة."),
    "audit_last_hash": ("Hash of the last entry (write it down elsewhere: a trail rewritten later will not end "
                        "with it): {hash}",
                        "Empreinte de la dernière entrée (notez-la ailleurs : un historique réécrit plus tard ne "
                        "se terminera pas par elle) : {hash}",
                        "بصمة القيد الأخير (دوِّنها في مكان آخر: السجل الذي يُعاد كتابته لاحقاً لن ينتهي بها): {hash}"),
    "audit_none": ("No change has been recorded.", "Aucune modification n’a été enregistrée.", "لم يُسجَّل أي تغيير."),
    "audit_when": ("When (UTC)", "Quand (UTC)", "متى (UTC)"),
    "audit_who": ("Who", "Qui", "من"),
    "audit_what": ("What", "Quoi", "ماذا"),
    "audit_from": ("From", "Avant", "من القيمة"),
    "audit_to": ("To", "Après", "إلى القيمة"),
    "audit_means": ("By", "Par", "الوسيلة"),
    "audit_kind_assessment": ("Details", "Informations", "البيانات"),
    "audit_kind_answer": ("Answer {entity}", "Réponse {entity}", "الإجابة {entity}"),
    "audit_kind_weight": ("Weight {entity}", "Poids {entity}", "الوزن {entity}"),
    "audit_kind_action": ("Action {entity}", "Action {entity}", "الإجراء {entity}"),
    "audit_kind_baseline": ("State when the trail began", "État au début de l’historique", "الحالة عند بدء السجل"),
    "audit_created": ("created", "création", "إنشاء"),  # nouns in French and Arabic: no "créé(e)" form
    "audit_deleted": ("deleted", "suppression", "حذف"),
    "audit_yes": ("yes", "oui", "نعم"),
    "audit_no": ("no", "non", "لا"),
    "institutions": ("Institutions consulted", "Institutions consultées", "المؤسسات التي استُشيرت"),
    "description": ("Description", "Description", "الوصف"),
    "means_window": ("window", "fenêtre", "النافذة"),
    "means_import": ("import", "importation", "استيراد"),
    "means_merge": ("merged contribution", "contribution fusionnée", "مساهمة مدمجة"),
    "means_upgrade": ("questionnaire upgrade", "mise à niveau du questionnaire", "ترقية الاستبيان"),
    "means_follow-up": ("follow-up", "suivi", "متابعة"),
    "means_cli": ("command line", "ligne de commande", "سطر الأوامر"),
    "means_restore": ("restored backup", "sauvegarde restaurée", "نسخة احتياطية مستعادة"),
    "means_migration": ("database upgrade", "mise à niveau de la base", "ترقية قاعدة البيانات"),
    # -- assessment details -------------------------------------------------------------------
    "assessment": ("Assessment", "Évaluation", "التقييم"),
    "title": ("Title", "Titre", "العنوان"),
    "country": ("Country", "Pays", "البلد"),
    "assessment_date": ("Date of the assessment", "Date de l’évaluation", "تاريخ التقييم"),
    "organisation": ("Organisation", "Organisation", "الجهة"),
    "assessors": ("Assessors", "Évaluateurs", "المقيِّمون"),
    "confidentiality": ("Classification", "Classification", "درجة السرية"),
    "generated_on": ("Generated on", "Généré le", "تاريخ الإنشاء"),
    "questionnaire": ("Questionnaire", "Questionnaire", "الاستبيان"),
    "version": ("Version", "Version", "الإصدار"),
    "content_hash": ("Content fingerprint", "Empreinte du contenu", "بصمة المحتوى"),
    "meaning_hash": ("Meaning fingerprint", "Empreinte du sens", "بصمة المعنى"),
    "fingerprints": ("Fingerprints", "Empreintes", "البصمات"),
    "app_version": ("Application version", "Version de l’application", "إصدار التطبيق"),
    "export_date": ("Export date", "Date d’export", "تاريخ التصدير"),
    "assessment_id": ("Assessment number", "Numéro de l’évaluation", "رقم التقييم"),
    "report_language": ("Report language", "Langue du rapport", "لغة التقرير"),
    # -- scores -------------------------------------------------------------------------------
    "overall_score": ("Overall score", "Score global", "الدرجة الإجمالية"),
    "score": ("Score", "Score", "الدرجة"),
    "conservative_score": ("Conservative score", "Score prudent", "الدرجة المتحفظة"),
    "coverage": ("Coverage", "Couverture", "التغطية"),
    "band": ("Band", "Niveau", "المستوى"),
    "equal_weight_score": ("Equal-weight score", "Score à poids égaux", "الدرجة بأوزان متساوية"),
    "not_scored": ("not scored", "non évalué", "غير مقيَّم"),
    "not_scored_note": (
        "Not scored: no applicable question has been answered on the scale yet.",
        "Non évalué : aucune question applicable n’a encore reçu de réponse sur l’échelle.",
        "غير مقيَّم: لم تتم الإجابة بعد على أي سؤال منطبق وفق السلّم.",
    ),
    "answered_of": ("{answered} of {applicable} applicable questions answered",
                    "{answered} des {applicable} questions applicables ont une réponse",
                    "تمت الإجابة على {answered} من أصل {applicable} سؤالاً منطبقاً"),
    "provisional_score": ("provisional: {score}", "provisoire : {score}", "مؤقّتة: {score}"),
    "no_band_provisional": ("no band (provisional)", "pas de niveau (provisoire)", "بلا مستوى (مؤقّتة)"),
    "provisional_note": (
        "Provisional: only {coverage} of the applicable questions are answered, under the two thirds the method "
        "requires before a score is quoted. No maturity band and no ranking are given; answer more questions "
        "before quoting this score.",
        "Provisoire : seules {coverage} des questions applicables ont une réponse, en deçà des deux tiers que la "
        "méthode exige avant de citer un score. Aucun niveau de maturité ni classement n’est donné ; répondez à "
        "davantage de questions avant de citer ce score.",
        "نتيجة مؤقّتة: لم تتم الإجابة إلا على {coverage} من الأسئلة المنطبقة، وهو أقل من الثلثين اللذين تشترطهما "
        "المنهجية قبل الاستشهاد بأي درجة. لا يُمنح أي مستوى نضج ولا أي ترتيب؛ أجب عن مزيد من الأسئلة قبل الاستشهاد "
        "بهذه الدرجة.",
    ),
    "rankings_provisional": (
        "No section reaches two thirds coverage yet: no strongest or weakest sections are named.",
        "Aucune section n’atteint encore deux tiers de couverture : aucune section n’est classée parmi les plus "
        "avancées ou les plus faibles.",
        "لم يبلغ أي قسم بعد تغطية الثلثين: لا تُذكر أقوى الأقسام ولا أضعفها.",
    ),
    "score_questionnaire_weights": ("Overall score with the questionnaire’s own weights",
                                    "Score global avec les poids du questionnaire",
                                    "الدرجة الإجمالية بأوزان الاستبيان الأصلية"),
    "score_used_weights": ("Overall score with the weights used", "Score global avec les poids utilisés",
                           "الدرجة الإجمالية بالأوزان المستخدمة"),
    "reason": ("Reason recorded", "Motif enregistré", "السبب المسجَّل"),
    "no_reason": ("(no reason recorded)", "(aucun motif enregistré)", "(لم يُسجَّل أي سبب)"),
    "gap_kept_by_trace": (
        "listed because its weight was lowered from {own} to {used}: with the questionnaire’s weight it ranks {rank}",
        "listé car son poids a été abaissé de {own} à {used} : avec le poids du questionnaire il serait au rang {rank}",
        "مُدرج لأن وزنه خُفِّض من {own} إلى {used}: بوزن الاستبيان يحتل المرتبة {rank}",
    ),
    "dont_know_list": ("“Don’t know” answers to follow up", "Réponses « Ne sait pas » à suivre",
                       "إجابات «لا أعرف» التي تجب متابعتها"),
    "dont_know_intro": (
        "Each question below was answered “Don’t know”: it counts as unanswered until someone who knows answers it.",
        "Chaque question ci-dessous a reçu la réponse « Ne sait pas » : elle compte comme sans réponse jusqu’à ce "
        "qu’une personne qui connaît la situation y réponde.",
        "أُجيب على كل سؤال أدناه بـ«لا أعرف»: ويُحتسب بلا إجابة إلى أن يجيب عنه من يعرف.",
    ),
    "no_dont_know": ("No question was answered “Don’t know”.", "Aucune question n’a reçu la réponse « Ne sait pas ».",
                     "لم يُجَب على أي سؤال بـ«لا أعرف»."),
    "institution": ("Institution best placed to answer", "Institution la mieux placée pour répondre",
                    "الجهة الأقدر على الإجابة"),
    "answered_against": ("Answered against", "Réponses données sur", "أُجيب وفق"),
    "scored_with": ("Scored with", "Score calculé avec", "حُسبت الدرجة وفق"),
    "to_review": ("To review", "À revoir", "للمراجعة"),
    "questions": ("Questions", "Questions", "الأسئلة"),
    "applicable": ("Applicable", "Applicables", "المنطبقة"),
    "sheet_follow_up": ("Don't know", "Ne sait pas", "لا أعرف"),
    "answered": ("Answered", "Réponses", "مُجاب عنها"),
    "gap_short": ("Gap", "Écart", "الفجوة"),
    "gap": ("Gap (weight × shortfall)", "Écart (poids × manque)", "الفجوة (الوزن × النقص)"),
    # -- answers ------------------------------------------------------------------------------
    "section": ("Section", "Section", "القسم"),
    "chapter": ("Chapter", "Chapitre", "الفصل"),
    "question_id": ("ID", "Réf.", "الرمز"),
    "paragraphs": ("Paragraphs", "Paragraphes", "الفقرات"),
    "question": ("Question", "Question", "السؤال"),
    "answer": ("Answer", "Réponse", "الإجابة"),
    "na_reason": ("Reason for “not applicable”", "Motif « sans objet »", "سبب «لا ينطبق»"),
    "legal_provision": ("Legal provision", "Disposition légale", "الحكم القانوني"),
    "evidence": ("Evidence", "Éléments de preuve", "الأدلة"),
    "confidence": ("Confidence", "Fiabilité", "درجة الثقة"),
    "comment": ("Comment", "Commentaire", "تعليق"),
    "weight": ("Weight", "Poids", "الوزن"),
    "not_answered": ("Not answered", "Sans réponse", "بلا إجابة"),
    "value": ("Value", "Valeur", "القيمة"),
    "code": ("Code", "Code", "الرمز"),
    "meaning": ("Meaning", "Signification", "المعنى"),
    "carried_over_col": ("Carried over (clear to confirm)", "Reprise (vider pour confirmer)",
                         "منقولة (امسحها للتأكيد)"),
    "follow_up_of": ("Follow-up of", "Suivi de", "متابعة لـ"),
    "follow_up_value": ("{baseline}; still to confirm: {answers} carried over from it (not scored until confirmed)",
                        "{baseline} ; encore à confirmer : {answers} venant de cet examen (sans effet sur le score "
                        "avant confirmation)",
                        "{baseline}؛ ما زال بانتظار التأكيد من الإجابات المنقولة منها: {answers} (لا تُحتسب قبل "
                        "تأكيدها)"),
    "follow_up_note": ("This review is a follow-up of {baseline}. Still to confirm: {answers} carried over from it. "
                       "A carried-over answer is shown marked “carried over — to confirm” and is not scored until it "
                       "is confirmed.",
                       "Cet examen fait suite à {baseline}. Encore à confirmer : {answers} venant de cet examen. Une "
                       "réponse reprise est affichée avec la mention « reprise — à confirmer » et n’est pas comptée "
                       "tant qu’elle n’est pas confirmée.",
                       "هذه المراجعة متابعة لمراجعة {baseline}. ما زال بانتظار التأكيد من الإجابات المنقولة منها: {answers}. "
                       "تُعرض الإجابة المنقولة مع علامة «منقولة — للتأكيد» ولا تُحتسب قبل تأكيدها."),
    "carried_from": ("Carried over from {baseline} — not yet confirmed, not scored",
                     "Reprise de {baseline} — pas encore confirmée, non comptée",
                     "منقولة من {baseline} — لم تُؤكَّد بعد، غير محتسبة"),
    "carried_over_status": ("Carried over — to confirm", "Reprise — à confirmer", "منقولة — للتأكيد"),
    "answer_status": ("Status of the answer", "Statut de la réponse", "حالة الإجابة"),
    "to_confirm": ("to confirm", "à confirmer", "للتأكيد"),
    "previous_review": ("the previous review", "l’examen précédent", "المراجعة السابقة"),
    "carried_over_mark": ("Carried over, to confirm", "Reprise de l’examen précédent, à confirmer",
                          "منقولة من المراجعة السابقة، للتأكيد"),
    "strength": ("Wording of the paragraph", "Formulation du paragraphe", "صيغة الفقرة"),
    "minimum": ("From (%)", "À partir de (%)", "ابتداءً من (%)"),
    "questionnaire_weight": ("Questionnaire weight", "Poids du questionnaire", "وزن الاستبيان"),
    "used_weight": ("Weight used", "Poids utilisé", "الوزن المستخدم"),
    "continues_below": ("[continued in the next row]", "[suite à la ligne suivante]", "[يتبع في الصف التالي]"),
    "continued_short": ("(cont.)", "(suite)", "(تابع)"),
    "continued_row": ("(continued from the row above)", "(suite de la ligne précédente)", "(تتمة الصف السابق)"),
    "answer_code": ("Answer code", "Code de la réponse", "رمز الإجابة"),
    "answer_value": ("Value (0–1)", "Valeur (0–1)", "القيمة (0–1)"),
    "weighted_gap": ("Weight × gap", "Poids × écart", "الوزن × الفجوة"),
    "provisional_short": ("provisional", "provisoire", "مؤقّتة"),
    "truncated": ("… [cut here: {n} more characters in the application]",
                  "… [texte coupé : {n} caractères de plus dans l’application]",
                  "… [اقتُطع النص: {n} حرفاً إضافياً في التطبيق]"),
    # -- strengths (the verb of the paragraph) ------------------------------------------------
    "strength_must": ("must", "doit", "يجب"),
    "strength_reminds": ("reminds", "rappelle", "يذكّر"),
    "strength_urges": ("urges", "prie instamment", "يحث"),
    "strength_should": ("should", "devrait", "ينبغي"),
    "strength_recommends": ("recommends", "recommande", "يوصي"),
    "strength_encourages": ("encourages", "encourage", "يشجّع"),
    # -- action plan --------------------------------------------------------------------------
    "action": ("Action", "Action", "الإجراء"),
    "lead": ("Lead institution", "Institution responsable", "الجهة المسؤولة"),
    "partners": ("Partners", "Partenaires", "الشركاء"),
    "validation": ("Validation", "Validation", "الاعتماد"),
    "contents": ("Contents", "Table des matières", "المحتويات"),
    "validation_status": ("Status of this report", "Statut de ce rapport", "حالة هذا التقرير"),
    "status_draft": ("Draft — not validated", "Projet — non validé", "مسودة — غير معتمدة"),
    "status_validated": ("Validated", "Validé", "معتمد"),
    "draft_mark": ("DRAFT", "PROJET", "مسودة"),
    "validated_by": ("Validated by", "Validé par", "اعتمده"),
    "validated_on": ("Date of validation", "Date de validation", "تاريخ الاعتماد"),
    "institutions_consulted": ("Institutions consulted", "Institutions consultées", "المؤسسات التي استُشيرت"),
    "process": ("How the assessment was carried out", "Déroulement de l’évaluation", "كيف أُجري التقييم"),
    "not_recorded": ("Not recorded.", "Non renseigné.", "لم يُسجَّل."),
    "signatures": ("Signatures", "Signatures", "التوقيعات"),
    "signature_name": ("Name", "Nom", "الاسم"),
    "signature_function": ("Function and institution", "Fonction et institution", "الوظيفة والمؤسسة"),
    "signature_date": ("Date", "Date", "التاريخ"),
    "signature": ("Signature", "Signature", "التوقيع"),
    "key_findings": ("Key findings (written by the assessment team)", "Principaux constats (rédigés par l’équipe d’évaluation)",
                     "أهم الاستنتاجات (كتبها فريق التقييم)"),
    "limitations": ("Limitations of this assessment", "Limites de cette évaluation", "حدود هذا التقييم"),
    "total_budget_of": ("Total budget ({currency})", "Budget total ({currency})", "مجموع الميزانية بعملة {currency}"),
    "total_budget": ("Total budget ({currency}): {amount}", "Budget total ({currency}) : {amount}",
                     "مجموع الميزانية بعملة {currency}: {amount}"),
    "deadline": ("Deadline", "Échéance", "الموعد النهائي"),
    "budget": ("Budget", "Budget", "الميزانية"),
    "currency": ("Currency", "Devise", "العملة"),
    "priority": ("Priority", "Priorité", "الأولوية"),
    "status": ("Status", "Statut", "الحالة"),
    "priority_high": ("High", "Haute", "عالية"),
    "priority_medium": ("Medium", "Moyenne", "متوسطة"),
    "priority_low": ("Low", "Basse", "منخفضة"),
    "status_planned": ("Planned", "Prévue", "مخطط لها"),
    "status_in_progress": ("In progress", "En cours", "قيد التنفيذ"),
    "status_done": ("Done", "Réalisée", "منجزة"),
    # -- page furniture -----------------------------------------------------------------------
    "page_x_of_y": ("Page {page} of {total}", "Page {page} sur {total}", "الصفحة {page} من {total}"),
    "excel_footer": ("Page &P of &N", "Page &P sur &N", "الصفحة &P من &N"),
    "generated_by": ("Generated by OPSC-Assess {version} on {date}", "Généré par OPSC-Assess {version} le {date}",
                     "أُنشئ بواسطة OPSC-Assess {version} بتاريخ {date}"),
    # -- answer template ----------------------------------------------------------------------
    "template_help": (
        "Write one answer code per question in the “answer” column (list in the Legend sheet). "
        "“na” needs a reason in “na_reason”. Do not change the id column.",
        "Indiquez un code de réponse par question dans la colonne « answer » (liste dans la feuille Légende). "
        "« na » exige un motif dans « na_reason ». Ne modifiez pas la colonne id.",
        "اكتب رمز إجابة واحداً لكل سؤال في عمود «answer» (القائمة في ورقة دليل الرموز). "
        "يتطلب الرمز «na» ذكر السبب في «na_reason». لا تعدّل عمود id.",
    ),
    "template_bad_value": ("Use one of the codes of the list.", "Utilisez l’un des codes de la liste.",
                           "استخدم أحد الرموز الواردة في القائمة."),
    # -- errors -------------------------------------------------------------------------------
    "err_locked": (
        "The file {name} is open in another program or read-only; close it or choose another name.",
        "Le fichier {name} est ouvert dans un autre programme ou en lecture seule ; fermez-le ou choisissez un autre nom.",
        "الملف {name} مفتوح في برنامج آخر أو للقراءة فقط؛ أغلقه أو اختر اسماً آخر.",
    ),
    "err_is_folder": ("{name} is a folder, not a file; choose another name.",
                      "{name} est un dossier, pas un fichier ; choisissez un autre nom.",
                      "{name} مجلد وليس ملفاً؛ اختر اسماً آخر."),
    "err_name_too_long": ("The name of the file or of its folder is too long for this computer; choose a shorter "
                          "name or another folder ({name}).",
                          "Le nom du fichier ou de son dossier est trop long pour cet ordinateur ; choisissez un nom "
                          "plus court ou un autre dossier ({name}).",
                          "اسم الملف أو مجلده أطول مما يقبله هذا الحاسوب؛ اختر اسماً أقصر أو مجلداً آخر ({name})."),
    "err_no_folder": ("The folder {folder} does not exist; choose another folder.",
                      "Le dossier {folder} n’existe pas ; choisissez un autre dossier.",
                      "المجلد {folder} غير موجود؛ اختر مجلداً آخر."),
    "err_folder_readonly": ("The folder {folder} cannot be written to; choose another folder.",
                            "Impossible d’écrire dans le dossier {folder} ; choisissez un autre dossier.",
                            "لا يمكن الكتابة في المجلد {folder}؛ اختر مجلداً آخر."),
    "err_disk_full": ("The disk is full: {name} was not written. Free some space and try again.",
                      "Le disque est plein : {name} n’a pas été écrit. Libérez de l’espace et réessayez.",
                      "القرص ممتلئ: لم يُكتب الملف {name}. أفرغ بعض المساحة وأعد المحاولة."),
    "err_write": ("The report {name} could not be written ({reason}); the previous file, if any, is unchanged.",
                  "Le rapport {name} n’a pas pu être écrit ({reason}) ; le fichier précédent, s’il existe, est intact.",
                  "تعذّرت كتابة التقرير {name} ({reason})؛ الملف السابق، إن وُجد، لم يتغيّر."),
    "err_not_template": ("{name} is not an answer template written by this application.",
                         "{name} n’est pas un modèle de réponses créé par cette application.",
                         "الملف {name} ليس نموذج إجابات أنشأه هذا التطبيق."),
}

_METHOD: dict[str, tuple[str, str, str]] = {
    "meth_intro": (
        "Each question follows one or more paragraphs of the Guidelines regarding the implementation of the "
        "Optional Protocol (CRC/C/156). The scores are computed from the answers only, as described here.",
        "Chaque question découle d’un ou de plusieurs paragraphes des Lignes directrices concernant l’application "
        "du Protocole facultatif (CRC/C/156). Les scores sont calculés à partir des seules réponses, selon la méthode décrite ici.",
        "يستند كل سؤال إلى فقرة أو أكثر من المبادئ التوجيهية المتعلقة بتنفيذ البروتوكول الاختياري (CRC/C/156). "
        "وتُحسب الدرجات من الإجابات وحدها وفق الطريقة المبيّنة هنا.",
    ),
    "meth_scale": (
        "Answer scale: fully in place = 1; largely in place = 2/3; partially in place = 1/3; not in place = 0.",
        "Échelle : pleinement en place = 1 ; largement en place = 2/3 ; partiellement en place = 1/3 ; pas en place = 0.",
        "سلّم الإجابات: قائم بالكامل = 1؛ قائم إلى حد كبير = 2/3؛ قائم جزئياً = 1/3؛ غير قائم = 0.",
    ),
    "meth_na": (
        "“Not applicable” needs a written reason; the question is then left out of every calculation. "
        "“Don’t know”, and “not applicable” without a reason, count as unanswered.",
        "« Sans objet » exige un motif écrit ; la question est alors exclue de tous les calculs. "
        "« Ne sait pas », et « sans objet » sans motif, comptent comme sans réponse.",
        "يتطلب خيار «لا ينطبق» ذكر سبب مكتوب، ويُستبعد السؤال حينئذٍ من جميع الحسابات. "
        "أما «لا أعرف»، و«لا ينطبق» دون سبب، فيُحتسبان بلا إجابة.",
    ),
    "meth_score": (
        "Score of a section = Σ(weight × value) ÷ Σ(weight) over the applicable questions answered on the scale, in percent.",
        "Score d’une section = Σ(poids × valeur) ÷ Σ(poids) sur les questions applicables renseignées sur l’échelle, en pourcentage.",
        "درجة القسم = مجموع (الوزن × القيمة) ÷ مجموع الأوزان، على الأسئلة المنطبقة المُجاب عنها وفق السلّم، بالنسبة المئوية.",
    ),
    "meth_conservative": (
        "Conservative score = the same sum divided by the weights of all applicable questions: unanswered questions count as 0.",
        "Score prudent = la même somme divisée par les poids de toutes les questions applicables : les questions sans réponse comptent pour 0.",
        "الدرجة المتحفظة = المجموع نفسه مقسوماً على أوزان جميع الأسئلة المنطبقة: تُحتسب الأسئلة بلا إجابة صفراً.",
    ),
    "meth_coverage": (
        "Coverage = applicable questions answered on the scale ÷ applicable questions.",
        "Couverture = questions applicables renseignées sur l’échelle ÷ questions applicables.",
        "التغطية = الأسئلة المنطبقة المُجاب عنها وفق السلّم ÷ الأسئلة المنطبقة.",
    ),
    "meth_overall": (
        "The overall score applies the same formulas to every question; chapters are not weighted separately. "
        "The equal-weight score gives every question the weight 1, to show how much the weights drive the result.",
        "Le score global applique les mêmes formules à toutes les questions ; les chapitres ne sont pas pondérés séparément. "
        "Le score à poids égaux donne à chaque question le poids 1, pour montrer l’effet des poids.",
        "تطبّق الدرجة الإجمالية الصيغ نفسها على جميع الأسئلة، ولا تُوزن الفصول على حدة. "
        "وتمنح الدرجة بأوزان متساوية كل سؤال الوزن 1، لبيان أثر الأوزان في النتيجة.",
    ),
    "meth_weights": (
        "The weight of a question follows the wording of its paragraph: must 3, reminds 3, urges 2.5, should 2, "
        "recommends 1.5, encourages 1.",
        "Le poids d’une question suit la formulation de son paragraphe : doit 3, rappelle 3, prie instamment 2,5, "
        "devrait 2, recommande 1,5, encourage 1.",
        "يتبع وزن السؤال صيغة الفقرة التي يستند إليها: يجب 3، يذكّر 3، يحث 2.5، ينبغي 2، يوصي 1.5، يشجّع 1.",
    ),
    "meth_bands": (
        "Bands: Advanced ≥ 85; Established ≥ 60; Developing ≥ 35; Initial ≥ 15; Minimal < 15.",
        "Niveaux : Avancé ≥ 85 ; Établi ≥ 60 ; En développement ≥ 35 ; Initial ≥ 15 ; Minimal < 15.",
        "المستويات: متقدّم ≥ 85؛ راسخ ≥ 60؛ قيد التطوير ≥ 35؛ أوّلي ≥ 15؛ ضئيل < 15.",
    ),
    "meth_provisional": (
        "Thin evidence: a group (overall, chapter, section) whose coverage is under two thirds of its applicable "
        "questions gets no band and no place in the strongest/weakest ranking; its score is shown as provisional, "
        "after its coverage.",
        "Éléments insuffisants : un ensemble (global, chapitre, section) dont la couverture est inférieure aux deux "
        "tiers de ses questions applicables ne reçoit ni niveau ni place dans le classement des sections les plus "
        "avancées ou les plus faibles ; son score est présenté comme provisoire, après sa couverture.",
        "الأدلة غير الكافية: لا تُمنح المجموعة (الإجمالي أو الفصل أو القسم) التي تقل تغطيتها عن ثلثي أسئلتها "
        "المنطبقة أي مستوى ولا مكاناً في ترتيب الأقسام الأقوى والأضعف؛ وتُعرض درجتها بوصفها مؤقّتة، بعد تغطيتها.",
    ),
    "meth_gaps": (
        "Gap of a question = weight × (1 − value); the largest gaps come first. A gap that a lowered weight moved "
        "out of the ten largest stays listed, with its rank under the questionnaire’s weight.",
        "Écart d’une question = poids × (1 − valeur) ; les écarts les plus importants figurent en premier. Un écart "
        "qu’un poids abaissé a fait sortir des dix plus importants reste listé, avec son rang selon le poids du "
        "questionnaire.",
        "فجوة السؤال = الوزن × (1 − القيمة)؛ وتُعرض الفجوات الأكبر أولاً. وتبقى مُدرجةً الفجوةُ التي أخرجها وزنٌ "
        "مخفَّض من الفجوات العشر الكبرى، مع مرتبتها بوزن الاستبيان.",
    ),
}
_LABELS.update(_METHOD)
_LABELS.update(WORKSHOP_LABELS)  # the workshop annex (its own module)

METHOD_KEYS: tuple[str, ...] = tuple(_METHOD)

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
}

_LABELS.update(CROSSWALK_LABELS)  # the crosswalk part's labels (MNR / ICMEC), kept in their own module
_LABELS.update(COMPARE_LABELS)  # the comparison reports' labels (follow-up and comparison), likewise


def _index(lang: str) -> int:
    return LANGS.index(lang) if lang in LANGS else 0


def label(key: str, lang: str, **values: object) -> str:
    """The label `key` in `lang`, with its {placeholders} filled from `values`."""
    text = _LABELS[key][_index(lang)]
    if values:
        text = text.format(**values)
    return french_spacing(text) if lang == "fr" else text


def keys() -> list[str]:
    return list(_LABELS)


def fmt_number(value: float, lang: str, decimals: int = 1) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "fr" else text


def fmt_amount(value: float, lang: str) -> str:
    """A budget with its thousands grouped ("4,500,000"; French "4 500 000" with narrow no-break spaces),
    decimals only when there are cents; it never breaks across lines."""
    value = float(value)
    decimals = 0 if round(value, 2).is_integer() else 2
    text = f"{value:,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def fmt_money(value: float, currency: str, lang: str) -> str:
    """An amount and its currency, joined by a no-break space: never "4,500,000 / MAD" across two lines (the
    column is made as wide as the pair)."""
    amount = fmt_amount(value, lang)
    return f"{amount}\u00a0{currency}" if currency else amount


# Left-to-right mark: put before a figure in Arabic so that the figure keeps its sign and percent on the same
# side wherever it stands ("80.0%", "+5.0", "−5.0"). Without it the bidi algorithm moves "%" and "+" to the
# other side after Arabic letters ("%80.0", "5.0+") but not in a cell of their own. Invisible; ignored by search.
LRM = "\u200e"
RLM = "\u200f"  # its right-to-left twin: closes a Latin title inside an Arabic sentence (see common.quoted_title)


def figure(text: str, lang: str) -> str:
    """A figure (number, percent, signed difference) that reads the same in every position: in Arabic it
    starts with a left-to-right mark. Every percent and difference of the reports goes through it."""
    return LRM + text if lang == "ar" else text


def fmt_pct(value: float | None, lang: str) -> str:
    """A score in percent (0-100), or the 'not scored' label."""
    if value is None:
        return label("not_scored", lang)
    sep = "\u202f" if lang == "fr" else ""
    return figure(f"{fmt_number(value, lang)}{sep}%", lang)


def fmt_signed(value: float | None, lang: str, decimals: int = 1) -> str:
    """A difference with its sign ("+5.0", "−5.0" with a true minus, "±0.0"), or a dash when there is none."""
    if value is None:
        return "–"
    shown = fmt_number(abs(value), lang, decimals)
    sign = "±" if shown == fmt_number(0.0, lang, decimals) else "+" if value > 0 else "−"
    return figure(sign + shown, lang)


def fmt_share(value: float | None, lang: str) -> str:
    """A share 0-1 (coverage) in percent, or a dash."""
    return "–" if value is None else fmt_pct(100.0 * value, lang)


def fmt_date(value: date | datetime | None, lang: str) -> str:
    if value is None:
        return "–"
    month = _MONTHS.get(lang, _MONTHS["en"])[value.month - 1]
    return f"{value.day} {month} {value.year}"
