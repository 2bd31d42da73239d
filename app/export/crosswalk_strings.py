"""Report labels of the crosswalk part (MNR capabilities, ICMEC criteria), in English, French and Arabic.

Kept apart from strings.py so that the crosswalk part stays one module; strings.py merges them into its
table, so label(key, lang) and the label tests cover them like every other label.
"""

from __future__ import annotations

# key: (English, French, Arabic)
CROSSWALK_LABELS: dict[str, tuple[str, str, str]] = {
    "crosswalk_title": ("Results by framework: MNR capabilities and ICMEC / REPERES legislative criteria",
                        "Résultats par cadre de référence : capacités MNR et critères législatifs ICMEC / REPERES",
                        "النتائج حسب الإطار المرجعي: قدرات نموذج الاستجابة الوطنية والمعايير التشريعية "
                        "ICMEC / REPERES"),
    "crosswalk_intro": (
        "The same answers and the same scoring method, read against two frameworks that many partners plan "
        "with: the 21 capabilities of the WePROTECT Global Alliance Model National Response (MNR) and 16 "
        "legislative criteria. Five of those criteria come from the ICMEC Global Review of model legislation "
        "on child sexual abuse material (a specific law, a definition, computer-facilitated offences, knowing "
        "possession, reporting by internet service providers); the other eleven come from the criteria for "
        "efficient legislation of the REPERES regional report, which draws on further sources such as the "
        "Lanzarote Convention and EU Directive 2011/93. A question tagged with several capabilities counts in "
        "each of them, so the groups overlap and their scores do not add up to the overall score. A group "
        "marked * is to be read with care: the Guidelines cover it thinly, or it rests on one or two questions.",
        "Les mêmes réponses et la même méthode de calcul, lues au regard de deux cadres que de nombreux "
        "partenaires utilisent pour planifier : les 21 capacités du modèle de réponse nationale (MNR) de "
        "l’Alliance mondiale WePROTECT et 16 critères législatifs. Cinq de ces critères viennent de l’étude "
        "mondiale de l’ICMEC sur la législation type relative aux matériels d’abus sexuels sur enfants (une loi "
        "spécifique, une définition, les infractions facilitées par l’informatique, la détention en "
        "connaissance de cause, le signalement par les fournisseurs de services Internet) ; les onze autres "
        "viennent des critères d’une législation efficace du rapport régional REPERES, qui s’appuie sur "
        "d’autres sources comme la Convention de Lanzarote et la directive européenne 2011/93. Une question "
        "rattachée à plusieurs capacités compte dans chacune : les groupes se recoupent et leurs scores ne "
        "s’additionnent pas pour donner le score global. Un groupe marqué * est à lire avec prudence : les "
        "Lignes directrices en parlent peu, ou il repose sur une ou deux questions.",
        "الإجابات نفسها وطريقة الحساب نفسها، مقروءة في ضوء إطارين يعتمدهما كثير من الشركاء في التخطيط: "
        "القدرات الإحدى والعشرون لنموذج الاستجابة الوطنية (MNR) للتحالف العالمي WePROTECT، و16 معياراً "
        "تشريعياً. خمسة من هذه المعايير مأخوذة من الاستعراض العالمي للتشريع النموذجي الذي أعده المركز الدولي "
        "ICMEC بشأن مواد الاعتداء الجنسي على الأطفال (قانون خاص، وتعريف، والجرائم المرتكبة بواسطة الحاسوب، "
        "والحيازة عن علم، وإبلاغ مقدمي خدمات الإنترنت)؛ أما المعايير الأحد عشر الأخرى فمأخوذة من معايير "
        "التشريع الفعال في التقرير الإقليمي لبرنامج REPERES، الذي يستند إلى مصادر أخرى مثل اتفاقية "
        "لانزاروته والتوجيه الأوروبي 2011/93. ويُحتسب السؤال المرتبط بعدة قدرات في كل منها، لذا تتداخل "
        "المجموعات ولا يساوي مجموع درجاتها الدرجة الإجمالية. وتُقرأ المجموعة المعلَّمة بالعلامة * بحذر: "
        "فالمبادئ التوجيهية لا تتناولها إلا قليلاً، أو أنها تستند إلى سؤال أو سؤالين."),
    "capability": ("Capability", "Capacité", "القدرة"),
    "criterion": ("Criterion", "Critère", "المعيار"),
    "questions_count": ("Questions", "Questions", "الأسئلة"),
    "driving_gaps": ("Questions driving the gap (weight × gap)", "Questions à l’origine de l’écart (poids × écart)",
                     "الأسئلة المسببة للفجوة (الوزن × الفجوة)"),
    "no_question_maps": ("No question maps here", "Aucune question ne s’y rattache", "لا يرتبط بها أي سؤال"),
    "not_scored_yet": ("Not scored yet: none of its questions is answered on the scale",
                       "Pas encore de score : aucune de ses questions n’a de réponse sur l’échelle",
                       "لم يُقيَّم بعد: لم يُجَب عن أي من أسئلته على السُّلَّم"),
    "all_na_one": ("Not applicable: its only question is marked not applicable",
                   "Sans objet : sa seule question est marquée « Sans objet »",
                   "لا ينطبق: سؤاله الوحيد معلَّم بـ«لا ينطبق»"),
    "all_na_many": ("Not applicable: all {n} of its questions are marked not applicable",
                    "Sans objet : ses {n} questions sont toutes marquées « Sans objet »",
                    "لا ينطبق: أسئلته الـ{n} كلها معلَّمة بـ«لا ينطبق»"),
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
    "chart_icmec": ("Score by ICMEC / REPERES legislative criterion (%)",
                    "Score par critère législatif ICMEC / REPERES (%)",
                    "الدرجة حسب المعايير التشريعية ICMEC / REPERES (%)"),
    # sheet names: at most 31 characters and no "/" (Excel refuses it)
    "sheet_mnr": ("MNR capabilities", "Capacités MNR", "قدرات نموذج الاستجابة"),
    "sheet_icmec": ("ICMEC-REPERES criteria", "Critères ICMEC-REPERES", "معايير ICMEC-REPERES"),
    "sheet_mnr_gaps": ("MNR gaps", "Écarts MNR", "فجوات نموذج الاستجابة"),
    "sheet_icmec_gaps": ("ICMEC-REPERES gaps", "Écarts ICMEC-REPERES", "فجوات معايير ICMEC-REPERES"),
    "caveats_title": ("Read with care (marked *)", "À lire avec prudence (marqué *)", "يُقرأ بحذر (المعلَّم بـ *)"),
    "proxy_one": ("Proxy: based on 1 question.", "Indicatif : repose sur une seule question.",
                  "مؤشر تقريبي: يستند إلى سؤال واحد."),
    "proxy_two": ("Proxy: based on 2 questions.", "Indicatif : repose sur 2 questions.",
                  "مؤشر تقريبي: يستند إلى سؤالين."),
    "proxy_many": ("Proxy: based on {n} questions.", "Indicatif : repose sur {n} questions.",
                   "مؤشر تقريبي: يستند إلى {n} أسئلة."),
    "no_driving_gaps": ("No question drives a gap.", "Aucune question n’est à l’origine d’un écart.",
                        "لا يوجد سؤال يسبب فجوة."),
}
