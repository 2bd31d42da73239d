"""The labels of the comparison reports (issue 17), in English, French and Arabic. Merged into the report
labels of app/export/strings.py (same `label()`, same tests): kept apart so the comparison's wording can be
read and reviewed in one place. Only what the comparison says of its own is here: a label meaning the same
as one of strings.py (score, coverage, carried over, action statuses, the answers' labels…) is that one, and
a title is one entry wherever it shows (the action plan's heading and its sheet)."""

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
    # the titles quoted: "de « Examen de référence… »", never "de Examen" (a title is no word to elide before)
    "cmp_over_time": ("Over time: {country}, from “{first}” to “{last}”",
                      "Dans le temps : {country}, de « {first} » à « {last} »",
                      "عبر الزمن: {country}، من {first} إلى {last}"),
    # {assessments}, {countries}: a number and its noun in the right form (count_of: "1 country", "تقييمان")
    "cmp_across": ("Across countries: {assessments} side by side", "Entre pays : {assessments} côte à côte",
                   "بين البلدان: {assessments} جنباً إلى جنب"),
    "cmp_mixed": ("Mixed comparison: {assessments} of {countries}, not one country in date order",
                  "Comparaison mixte : {assessments} portant sur {countries}, et non un seul pays dans "
                  "l’ordre des dates",
                  "مقارنة مختلطة: {assessments} تخص {countries}، وليست بلداً واحداً مرتّباً حسب التاريخ"),
    "cmp_mixed_one": ("Mixed comparison: {assessments} of one country, not in date order",
                      "Comparaison mixte : {assessments} d’un même pays, hors de l’ordre des dates",
                      "مقارنة مختلطة: {assessments} لبلد واحد، غير مرتّبة حسب التاريخ"),
    "cmp_reference_across": (
        "Each difference is an assessment’s figure minus that of the first ({first}), in percentage points. "
        "Assessments of different countries are not a progression: a difference is neither progress nor "
        "regression.",
        "Chaque écart est le chiffre d’une évaluation moins celui de la première ({first}), en points de "
        "pourcentage. Des évaluations de pays différents ne forment pas une progression : un écart n’est ni un "
        "progrès ni un recul.",
        "كل فارق هو رقم التقييم مطروحاً منه رقم التقييم الأول ({first})، بالنقاط المئوية. وتقييمات البلدان "
        "المختلفة لا تشكّل مساراً زمنياً: فالفارق ليس تقدّماً ولا تراجعاً.",
    ),
    "cmp_reference_mixed": (
        "These assessments are neither one country followed over time nor several countries side by side: each "
        "difference from the first ({first}) is given in percentage points, without reading it as progress or "
        "regression.",
        "Ces évaluations ne sont ni un même pays suivi dans le temps ni plusieurs pays côte à côte : chaque écart "
        "par rapport à la première ({first}) est donné en points de pourcentage, sans y voir un progrès ni un "
        "recul.",
        "هذه التقييمات ليست بلداً واحداً يُتابَع عبر الزمن ولا عدة بلدان جنباً إلى جنب: يُعرض كل فارق عن التقييم "
        "الأول ({first}) بالنقاط المئوية، دون اعتباره تقدّماً أو تراجعاً.",
    ),
    "cmp_what_differs": ("How the assessments differ", "Ce qui distingue les évaluations", "أوجه الاختلاف بين التقييمات"),
    "cmp_difference_vs": ("Difference vs. {first}", "Écart par rapport à {first}", "الفارق عن {first}"),
    "cmp_highest_lowest": ("Highest and lowest score by section", "Score le plus haut et le plus bas par section",
                           "أعلى درجة وأدناها حسب القسم"),
    "cmp_highest": ("Highest", "Le plus haut", "الأعلى"),
    "cmp_lowest": ("Lowest", "Le plus bas", "الأدنى"),
    "cmp_spread": ("Spread", "Amplitude", "المدى"),
    "cmp_spread_note": (
        "The spread is the highest score minus the lowest, in points. Only scores at two-thirds coverage or more "
        "are ranked: a provisional score (coverage under two thirds) is never the highest or the lowest and "
        "sets no spread, since it may be low only because the assessment is unfinished.",
        "L’amplitude est le score le plus haut moins le plus bas, en points. Seuls les scores couvrant au moins "
        "les deux tiers des questions sont classés : un score provisoire (couverture inférieure aux deux tiers) "
        "n’est jamais le plus haut ni le plus bas et ne compte pas dans l’amplitude, car il peut être bas "
        "seulement parce que l’évaluation est inachevée.",
        "المدى هو أعلى درجة مطروحاً منها أدنى درجة، بالنقاط. ولا تُرتَّب إلا الدرجات التي تبلغ تغطيتها الثلثين "
        "على الأقل: فالدرجة المؤقّتة (تغطية أقل من الثلثين) لا تكون الأعلى ولا الأدنى ولا تدخل في حساب المدى، "
        "إذ قد تبدو منخفضة لمجرد أن التقييم لم يكتمل.",
    ),
    "cmp_change_line": ("Change: {mark}", "Évolution : {mark}", "التغيّر: {mark}"),
    "cmp_provisional_confirm": ("{mark} (provisional: {answers} still to confirm)",
                                "{mark} (provisoire : {answers} encore à confirmer)",
                                "{mark} (مؤقّت: {answers} بانتظار التأكيد)"),
    "cmp_provisional_coverage": ("{mark} (provisional: coverage under two thirds)",
                                 "{mark} (provisoire : couverture inférieure aux deux tiers)",
                                 "{mark} (مؤقّت: التغطية أقل من الثلثين)"),
    "cmp_no_verdict_confirm": ("provisional, no verdict yet: {answers} still to confirm",
                               "provisoire, pas encore de verdict : {answers} encore à confirmer",
                               "مؤقّت، لا حكم بعد: {answers} بانتظار التأكيد"),
    "cmp_no_verdict_coverage": ("provisional, no verdict yet: coverage under two thirds",
                                "provisoire, pas encore de verdict : couverture inférieure aux deux tiers",
                                "مؤقّت، لا حكم بعد: التغطية أقل من الثلثين"),
    "cmp_provisional_sections": ("Sections with a provisional change (no verdict yet)",
                                 "Sections à l’évolution provisoire (pas encore de verdict)",
                                 "أقسام تغيّرها مؤقّت (لا حكم بعد)"),
    "cmp_provisional_counts": (
        "Provisional, no verdict yet: {sections}, because one side still has carried-over answers to confirm "
        "or covers under two thirds of its questions; they are counted and listed apart, their change may "
        "still move either way.",
        "Provisoires, pas encore de verdict : {sections}, car l’un des côtés a encore des réponses reprises à "
        "confirmer ou couvre moins des deux tiers de ses questions ; elles sont comptées et listées à part, "
        "leur évolution peut encore changer dans un sens comme dans l’autre.",
        "مؤقّتة، لا حكم بعد: {sections}، لأن لدى أحد الطرفين إجابات منقولة ما زالت بانتظار التأكيد أو تغطية "
        "أقل من ثلثي أسئلته؛ وهي معدودة ومدرجة على حدة، وقد يتغيّر تطورها في أي اتجاه.",
    ),
    "cmp_na_because": ("not applicable: {reason}", "sans objet : {reason}", "لا ينطبق: {reason}"),
    "cmp_codes_title": ("The answers as codes", "Les réponses en codes", "الإجابات برموز"),
    "cmp_code_commented": ("a comment was written (the Excel comparison gives every comment in full)",
                           "un commentaire a été saisi (la comparaison Excel donne chaque commentaire en entier)",
                           "كُتب تعليق (تعرض مقارنة Excel كل التعليقات كاملة)"),
    "cmp_code_key": ("Column", "Colonne", "العمود"),
    "cmp_na_reasons": ("Reasons for “not applicable”:", "Motifs « sans objet » :", "أسباب «لا ينطبق»:"),
    "cmp_code_na": ("NA", "SO", "لا ينطبق"),
    "cmp_cut_note": (
        "Reasons longer than {n} characters are cut here (…); the Excel comparison gives them in full.",
        "Les motifs de plus de {n} caractères sont coupés ici (…) ; la comparaison Excel les donne en entier.",
        "الأسباب التي يزيد طولها على {n} حرفاً مقتطعة هنا (…)؛ وتعرضها مقارنة Excel كاملة.",
    ),
    "cmp_notes_col": ("Comments and reasons", "Commentaires et motifs", "التعليقات والأسباب"),
    "cmp_assessments": ("Assessments compared", "Évaluations comparées", "التقييمات المقارَنة"),
    "cmp_reference": (
        "Every change is read from the first assessment ({first}) to the last ({last}), in percentage points.",
        "Chaque évolution se lit de la première évaluation ({first}) à la dernière ({last}), en points de "
        "pourcentage.",
        "يُقرأ كل تغيّر من التقييم الأول ({first}) إلى الأخير ({last})، بالنقاط المئوية.",
    ),
    "cmp_shared_note": (
        "Compared only on the questions every assessment shares ({n}; questionnaire versions: {versions}); "
        "questions left out ({left}): {ids}.",
        "Comparaison limitée aux questions communes à toutes les évaluations ({n} ; versions du questionnaire : "
        "{versions}) ; questions écartées ({left}) : {ids}.",
        "تقتصر المقارنة على الأسئلة المشتركة بين جميع التقييمات ({n}؛ إصدارات الاستبيان: {versions})؛ "
        "والأسئلة المستبعدة ({left}): {ids}.",
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
    "mark_higher": ("higher", "plus élevé", "أعلى"),
    "mark_lower": ("lower", "plus bas", "أدنى"),
    "mark_same": ("same", "identique", "مماثل"),
    "mark_differs": ("differs", "diffère", "مختلفة"),
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
    "cmp_draft_of": ("DRAFT ({n} of {total} not validated)", "PROJET (non validées : {n} sur {total})",
                     "مسودة ({n} من {total} غير معتمدة)"),
    "cmp_not_comparable_sections": ("Sections not comparable yet", "Sections pas encore comparables",
                                    "أقسام لا يمكن مقارنتها بعد"),
    "cmp_none": ("None.", "Aucune.", "لا شيء."),
    "cmp_matrix": ("Sections × assessments", "Sections × évaluations", "الأقسام × التقييمات"),
    "cmp_matrix_note": (
        "For each section and assessment: the score, coloured by its maturity band (grey: provisional, under two "
        "thirds coverage), the conservative score (unanswered questions count as 0) and the coverage: an "
        "unfinished assessment is not a poor one.",
        "Pour chaque section et chaque évaluation : le score, coloré selon son niveau de maturité (gris : "
        "provisoire, moins de deux tiers de couverture), le score prudent (les questions sans réponse comptent "
        "pour 0) et la couverture : une évaluation inachevée n’est pas une évaluation faible.",
        "لكل قسم وكل تقييم: الدرجة ملوّنة بحسب مستوى النضج (الرمادي: مؤقّتة، تغطية أقل من الثلثين)، والدرجة "
        "المتحفظة (تُحتسب الأسئلة بلا إجابة صفراً)، والتغطية: فالتقييم غير المكتمل ليس تقييماً ضعيفاً.",
    ),
    "cmp_conservative_row": ("Conservative", "Prudent", "المتحفظة"),
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
    "cmp_open_counts": (
        "{total}: {carried} carried over and still to confirm, {dont_know} answered “Don’t know”, "
        "{na_pending} “not applicable” without a reason yet, {unanswered} never answered.",
        "{total} : {carried} reprises et encore à confirmer, {dont_know} avec la réponse « Ne sait "
        "pas », {na_pending} « sans objet » sans motif pour l’instant, {unanswered} jamais renseignées.",
        "{total}: {carried} منقولة وما زالت بانتظار التأكيد، و{dont_know} أُجيب عنها بـ«لا أعرف»، "
        "و{na_pending} «لا ينطبق» دون سبب حتى الآن، و{unanswered} لم يُجَب عنها قط.",
    ),
    "cmp_all_answered_in": ("Every applicable question is answered in: {titles}.",
                            "Toutes les questions applicables ont une réponse dans : {titles}.",
                            "تمت الإجابة على جميع الأسئلة المنطبقة في: {titles}."),
    "cmp_still_open_each": ("Still not answered, assessment by assessment",
                            "Toujours sans réponse, évaluation par évaluation",
                            "ما زال بلا إجابة، تقييماً تقييماً"),
    "cmp_open_why": ("Why it is open", "Pourquoi elle reste ouverte", "سبب بقائه مفتوحاً"),
    "cmp_open_dont_know_one": ("Answered “Don’t know”", "Réponse « Ne sait pas »", "أُجيب عنها بـ«لا أعرف»"),
    "cmp_open_na_pending_one": ("“Not applicable” without a reason yet", "« Sans objet » sans motif pour l’instant",
                                "«لا ينطبق» دون سبب حتى الآن"),
    "cmp_open_unanswered_one": ("Never answered", "Jamais renseignée", "لم يُجَب عنه قط"),
    "cmp_open_carried_over": ("Carried over, still to confirm ({n})", "Reprises, encore à confirmer ({n})",
                              "منقولة، ما زالت بانتظار التأكيد ({n})"),
    "cmp_open_dont_know": ("Answered “Don’t know” ({n})", "Réponse « Ne sait pas » ({n})",
                           "أُجيب عنها بـ«لا أعرف» ({n})"),
    "cmp_open_na_pending": ("“Not applicable” without a reason yet ({n})",
                            "« Sans objet » sans motif pour l’instant ({n})",
                            "«لا ينطبق» دون سبب حتى الآن ({n})"),
    "cmp_open_unanswered": ("Never answered ({n})", "Jamais renseignées ({n})", "لم يُجَب عنها قط ({n})"),
    "cmp_carried_over": (
        "Carried over from the baseline and still to confirm in “{title}”: {answers}; they count as unanswered "
        "until someone confirms or changes them.",
        "Reprises de l’évaluation de référence et encore à confirmer dans « {title} » : {answers} ; elles comptent "
        "comme sans réponse tant que personne ne les a confirmées ou modifiées.",
        "منقولة من التقييم المرجعي وما زالت بانتظار التأكيد في «{title}»: {answers}؛ تُحتسب بلا إجابة إلى أن "
        "يؤكّدها أحد أو يغيّرها.",
    ),
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
    "act_late": ("Late", "En retard", "متأخر"),
    "act_not_started": ("Not started", "Pas commencée", "لم يبدأ"),
    "cmp_state": ("Progress", "Avancement", "التقدّم"),
    "cmp_count": ("Number", "Nombre", "العدد"),
    "sheet_cmp_overall": ("Overall", "Vue d’ensemble", "النظرة العامة"),
    "sheet_cmp_sections": ("Sections", "Sections", "الأقسام"),
    "sheet_cmp_changed": ("Changed answers", "Réponses modifiées", "الإجابات المعدَّلة"),
    "sheet_cmp_open": ("Still not answered", "Toujours sans réponse", "ما زال بلا إجابة"),
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
    "cmp_how_to_read_across": (
        "Scores, conservative scores and coverage are those of each assessment’s own report; a difference of less "
        "than 0.05 points counts as the same. A score under two thirds coverage is provisional: it may be low only "
        "because the assessment is unfinished, so read the coverage before comparing.",
        "Les scores, scores prudents et couvertures sont ceux du rapport de chaque évaluation ; un écart de moins de "
        "0,05 point compte comme identique. Un score sous les deux tiers de couverture est provisoire : il peut être "
        "bas seulement parce que l’évaluation est inachevée ; lisez donc la couverture avant de comparer.",
        "الدرجات والدرجات المتحفظة والتغطية هي نفسها الواردة في تقرير كل تقييم؛ ويُعدّ الفارق الأقل من 0.05 نقطة "
        "تماثلاً. والدرجة التي تقلّ تغطيتها عن الثلثين مؤقّتة: فقد تكون منخفضة لمجرد أن التقييم لم يكتمل، لذا اقرأ "
        "التغطية قبل المقارنة.",
    ),
    "cmp_first": ("First", "Première", "الأول"),
    "cmp_last": ("Last", "Dernière", "الأخير"),
}


# A number and its noun, in the form the number takes: English and French one / other (French 0 and 1 are
# singular); Arabic 1 (the noun then "one"), 2 (the dual, without the figure), 3-10 (plural), 11-99 (singular,
# accusative) and the rest (singular), by the last two digits. Nouns French leaves alike ("pays") repeat.
# noun: {lang: forms}; en/fr: (one, other); ar: (one, two, few, many, other)
COUNTED_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "assessment": {"en": ("{n} assessment", "{n} assessments"), "fr": ("{n} évaluation", "{n} évaluations"),
                   "ar": ("تقييم واحد", "تقييمان", "{n} تقييمات", "{n} تقييماً", "{n} تقييم")},
    "country": {"en": ("{n} country", "{n} countries"), "fr": ("{n} pays", "{n} pays"),
                "ar": ("بلد واحد", "بلدين", "{n} بلدان", "{n} بلداً", "{n} بلد")},
    "answer": {"en": ("{n} answer", "{n} answers"), "fr": ("{n} réponse", "{n} réponses"),
               "ar": ("إجابة واحدة", "إجابتان", "{n} إجابات", "{n} إجابة", "{n} إجابة")},
    "section": {"en": ("{n} section", "{n} sections"), "fr": ("{n} section", "{n} sections"),
                "ar": ("قسم واحد", "قسمان", "{n} أقسام", "{n} قسماً", "{n} قسم")},
    "question": {"en": ("{n} question", "{n} questions"), "fr": ("{n} question", "{n} questions"),
                 "ar": ("سؤال واحد", "سؤالان", "{n} أسئلة", "{n} سؤالاً", "{n} سؤال")},
}


def count_of(noun: str, n: int, lang: str) -> str:
    """`n` and `noun` as a sentence says them in `lang`: "1 country", "2 countries", "1 pays", "إجابتان"."""
    forms = COUNTED_NOUNS[noun].get(lang, COUNTED_NOUNS[noun]["en"])
    if lang == "ar":
        last = n % 100
        form = forms[0] if n == 1 else forms[1] if n == 2 else forms[2] if 3 <= last <= 10 \
            else forms[3] if 11 <= last <= 99 else forms[4]
    elif lang == "fr":
        form = forms[0] if n in (0, 1) else forms[1]
    else:
        form = forms[0] if n == 1 else forms[1]
    return form.format(n=n)
