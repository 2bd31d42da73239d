"""Report labels of the crosswalk part (MNR capabilities, ICMEC criteria), in English, French and Arabic.

Kept apart from strings.py so that the crosswalk part stays one module; strings.py merges them into its
table, so label(key, lang) and the label tests cover them like every other label.
"""

from __future__ import annotations

# key: (English, French, Arabic)
CROSSWALK_LABELS: dict[str, tuple[str, str, str]] = {
    "crosswalk_title": ("Results by framework: MNR capabilities and ICMEC criteria",
                        "Résultats par cadre de référence : capacités MNR et critères ICMEC",
                        "النتائج حسب الإطار المرجعي: قدرات نموذج الاستجابة الوطنية ومعايير ICMEC"),
    "crosswalk_intro": (
        "The same answers and the same scoring method, read against two frameworks that many partners plan "
        "with: the 21 capabilities of the WePROTECT Global Alliance Model National Response (MNR) and the "
        "criteria of the ICMEC model legislation. A question tagged with several capabilities counts in each "
        "of them, so the groups overlap and their scores do not add up to the overall score.",
        "Les mêmes réponses et la même méthode de calcul, lues au regard de deux cadres que de nombreux "
        "partenaires utilisent pour planifier : les 21 capacités du modèle de réponse nationale (MNR) de "
        "l’Alliance mondiale WePROTECT et les critères de la législation type de l’ICMEC. Une question "
        "rattachée à plusieurs capacités compte dans chacune : les groupes se recoupent et leurs scores ne "
        "s’additionnent pas pour donner le score global.",
        "الإجابات نفسها وطريقة الحساب نفسها، مقروءة في ضوء إطارين يعتمدهما كثير من الشركاء في التخطيط: "
        "القدرات الإحدى والعشرون لنموذج الاستجابة الوطنية (MNR) للتحالف العالمي WePROTECT، ومعايير "
        "التشريع النموذجي للمركز الدولي ICMEC. ويُحتسب السؤال المرتبط بعدة قدرات في كل منها، لذا تتداخل "
        "المجموعات ولا يساوي مجموع درجاتها الدرجة الإجمالية."),
    "capability": ("Capability", "Capacité", "القدرة"),
    "criterion": ("Criterion", "Critère", "المعيار"),
    "questions_count": ("Questions", "Questions", "الأسئلة"),
    "driving_gaps": ("Questions driving the gap (weight × gap)", "Questions à l’origine de l’écart (poids × écart)",
                     "الأسئلة المسببة للفجوة (الوزن × الفجوة)"),
    "no_question_maps": ("No question maps here", "Aucune question ne s’y rattache", "لا يرتبط بها أي سؤال"),
    "not_scored_yet": ("Not scored yet: none of its questions is answered on the scale",
                       "Pas encore de score : aucune de ses questions n’a de réponse sur l’échelle",
                       "لم يُقيَّم بعد: لم يُجَب عن أي من أسئلته على السُّلَّم"),
    "no_gap_here": ("No gap among the answered questions", "Aucun écart parmi les questions répondues",
                    "لا فجوة في الأسئلة المجاب عنها"),
    "untagged_note": ("{n} of the {total} questions map to none of these.",
                      "{n} des {total} questions ne se rattachent à aucun de ces éléments.",
                      "{n} من الأسئلة البالغ عددها {total} لا يرتبط بأي منها."),
    "unmapped_note": ("Nothing in the questionnaire speaks to: {names}.",
                      "Aucune question du questionnaire ne porte sur : {names}.",
                      "لا يتناول أي سؤال في الاستبيان ما يلي: {names}."),
    "chart_mnr": ("Score by MNR capability (%)", "Score par capacité MNR (%)",
                  "الدرجة حسب قدرات نموذج الاستجابة الوطنية (%)"),
    "chart_icmec": ("Score by ICMEC criterion (%)", "Score par critère ICMEC (%)", "الدرجة حسب معايير ICMEC (%)"),
    "sheet_mnr": ("MNR capabilities", "Capacités MNR", "قدرات نموذج الاستجابة"),
    "sheet_icmec": ("ICMEC criteria", "Critères ICMEC", "معايير ICMEC"),
    "sheet_mnr_gaps": ("MNR gaps", "Écarts MNR", "فجوات نموذج الاستجابة"),
    "sheet_icmec_gaps": ("ICMEC gaps", "Écarts ICMEC", "فجوات معايير ICMEC"),
    "no_driving_gaps": ("No question drives a gap.", "Aucune question n’est à l’origine d’un écart.",
                        "لا يوجد سؤال يسبب فجوة."),
}
