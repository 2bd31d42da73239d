"""Messages about files the user gave us (imports), in English, French and Arabic.

The services are Qt-free, so they cannot use Qt's translations; like the report strings
(app.export.strings) each message is kept here in the three languages. A Problem carries its key
and values, so the interface shows it in the user's language and the command line in English.
"""

from __future__ import annotations

import string
import unicodedata
from dataclasses import dataclass, field

from app.export.strings import fmt_amount, french_spacing

LANGS = ("en", "fr", "ar")

_MESSAGES: dict[str, tuple[str, str, str]] = {
    "not_found": ("the file does not exist",
                  "le fichier n’existe pas",
                  "الملف غير موجود"),
    "unreadable": ("the file cannot be read ({reason})",
                   "le fichier ne peut pas être lu ({reason})",
                   "تعذّرت قراءة الملف ({reason})"),
    "too_big": ("the file is {size} MB; an answers file may be at most {limit} MB",
                "le fichier fait {size} Mo ; un fichier de réponses ne peut dépasser {limit} Mo",
                "حجم الملف {size} ميغابايت؛ والحد الأقصى لملف الإجابات {limit} ميغابايت"),
    "binary": ("the file holds binary data, not text; save it from Excel as 'CSV UTF-8'",
               "le fichier contient des données binaires, pas du texte ; enregistrez-le depuis Excel "
               "au format « CSV UTF-8 »",
               "يحتوي الملف على بيانات ثنائية وليس نصاً؛ احفظه من Excel بصيغة 'CSV UTF-8'"),
    "encoding": ("the file is neither UTF-8 nor Windows-1252 text; save it as 'CSV UTF-8'",
                 "le fichier n’est ni en UTF-8 ni en Windows-1252 ; enregistrez-le au format « CSV UTF-8 »",
                 "ترميز الملف ليس UTF-8 ولا Windows-1252؛ احفظه بصيغة 'CSV UTF-8'"),
    "encoding_byte": ("the file is UTF-8 text but this line holds a byte ({byte}) that is not UTF-8; save the "
                      "file again as 'CSV UTF-8', or correct the character on this line",
                      "le fichier est du texte UTF-8, mais cette ligne contient un octet ({byte}) qui n’est pas "
                      "de l’UTF-8 ; enregistrez de nouveau le fichier au format « CSV UTF-8 », ou corrigez le "
                      "caractère sur cette ligne",
                      "الملف نص بترميز UTF-8، لكن هذا السطر يحوي بايتاً ({byte}) ليس من UTF-8؛ احفظ الملف من "
                      "جديد بصيغة 'CSV UTF-8'، أو صحّح المحرف في هذا السطر"),
    "empty": ("the file is empty; it needs a header line {header}",
              "le fichier est vide ; il lui faut une ligne d’en-tête {header}",
              "الملف فارغ؛ يجب أن يبدأ بسطر العناوين {header}"),
    "header": ("the header is '{found}'; it must be {header}",
               "l’en-tête est « {found} » ; il doit être {header}",
               "سطر العناوين هو '{found}'؛ ويجب أن يكون {header}"),
    "no_rows": ("the file has a header but no answers",
                "le fichier a un en-tête mais aucune réponse",
                "في الملف سطر عناوين ولكن لا إجابات فيه"),
    "quote_unclosed": ("a quote opened on this line is never closed, so the rest of the file would be read as "
                       "one text; add the closing quote",
                       "un guillemet ouvert sur cette ligne n’est jamais fermé : tout le reste du fichier serait "
                       "lu comme un seul texte ; ajoutez le guillemet fermant",
                       "علامة اقتباس فُتحت في هذا السطر ولم تُغلق، فيُقرأ باقي الملف نصاً واحداً؛ أضف علامة "
                       "الإغلاق"),
    "quote_swallow": ("the quoted text that starts here runs to line {end} and swallows the line of question "
                      "{qid}; a closing quote is probably missing",
                      "le texte entre guillemets qui commence ici va jusqu’à la ligne {end} et avale la ligne de "
                      "la question {qid} ; il manque sans doute un guillemet fermant",
                      "النص المقتبس الذي يبدأ هنا يمتد إلى السطر {end} ويبتلع سطر السؤال {qid}؛ على الأرجح "
                      "تنقص علامة اقتباس للإغلاق"),
    "csv_syntax": ("this line is not valid CSV: a closing quote must be followed by a separator",
                   "cette ligne n’est pas du CSV valide : un guillemet fermant doit être suivi d’un séparateur",
                   "هذا السطر ليس CSV صالحاً: يجب أن يلي علامةَ الاقتباس الختامية فاصلٌ"),
    "too_many_rows": ("the file has more than {limit} lines of answers (the questionnaire has {n} questions)",
                      "le fichier a plus de {limit} lignes de réponses (le questionnaire compte {n} questions)",
                      "في الملف أكثر من {limit:line} إجابات (وفي الاستبيان {n:question_nom})"),
    "too_long": ("the {column} is {n} characters long; at most {limit} are accepted",
                 "la colonne {column} compte {n} caractères ; {limit} au plus sont acceptés",
                 "يتألف {column} من {n:char}؛ والحد الأقصى المقبول {limit}"),
    "control": ("the {column} contains a control character ({char}) that cannot be saved; remove it",
                "la colonne {column} contient un caractère de contrôle ({char}) qui ne peut pas être "
                "enregistré ; supprimez-le",
                "يحتوي {column} على محرف تحكّم ({char}) لا يمكن حفظه؛ احذفه"),
    "unknown_id": ("unknown question id '{qid}'",
                   "identifiant de question inconnu « {qid} »",
                   "معرّف سؤال غير معروف '{qid}'"),
    "duplicate": ("question '{qid}' already appears on line {first}; keep one line",
                  "la question « {qid} » figure déjà à la ligne {first} ; n’en gardez qu’une",
                  "السؤال '{qid}' موجود أصلاً في السطر {first}؛ أبقِ سطراً واحداً"),
    "bad_answer": ("'{value}' is not an answer; use one of {values}",
                   "« {value} » n’est pas une réponse ; utilisez l’une de {values}",
                   "'{value}' ليست إجابة؛ استخدم إحدى القيم {values}"),
    "na_no_reason": ("'{qid}' is not applicable but has no reason; write it in na_reason",
                     "« {qid} » est sans objet mais sans motif ; écrivez-le dans na_reason",
                     "'{qid}' غير منطبق ولكن دون سبب؛ اكتب السبب في na_reason"),
    "template_other_assessment": ("this template was made for another assessment (country {country}), not for "
                                  "assessment {id} '{title}'; nothing was read. Use the template made from this "
                                  "assessment",
                                  "ce modèle a été créé pour une autre évaluation (pays {country}), pas pour "
                                  "l’évaluation {id} « {title} » ; rien n’a été lu. Utilisez le modèle créé à "
                                  "partir de cette évaluation",
                                  "أُنشئ هذا النموذج لتقييم آخر (البلد {country})، لا للتقييم {id} '{title}'؛ لم "
                                  "يُقرأ شيء. استخدم النموذج المُنشأ من هذا التقييم"),
    "wrong_version": ("this template was made for questionnaire {qid} version {version}, but the app uses {app_qid} "
                      "version {app_version}. The questions may differ, so it is refused: write a new template "
                      "from this app and copy the answers into it.",
                      "ce modèle a été fait pour le questionnaire {qid} version {version}, mais l’application "
                      "utilise {app_qid} version {app_version}. Les questions peuvent différer, il est donc "
                      "refusé : créez un nouveau modèle depuis l’application et copiez-y les réponses.",
                      "صُنع هذا النموذج للاستبيان {qid} الإصدار {version}، بينما يستخدم التطبيق {app_qid} الإصدار "
                      "{app_version}. قد تختلف الأسئلة، لذا رُفض: أنشئ نموذجاً جديداً من التطبيق وانسخ الإجابات "
                      "إليه."),
    "template_stale_tail": ("{qid}: the {column} was changed in its first cell, but its continuation in column "
                            "{cells} still holds the end of the text as it was; joined, the old end would follow "
                            "your new text. Clear column {cells} to keep only the new text, or edit the end there "
                            "too",
                            "{qid} : la colonne {column} a été modifiée dans sa première cellule, mais sa suite "
                            "dans la colonne {cells} contient toujours la fin du texte d’origine ; une fois réunis, cette "
                            "ancienne fin suivrait votre nouveau texte. Videz la colonne {cells} pour ne garder que le "
                            "nouveau texte, ou modifiez-y aussi la fin",
                            "{qid}: عُدِّل {column} في خليته الأولى، لكن تتمته في العمود {cells} ما زالت تحوي نهاية "
                            "النص كما كان؛ وعند جمعهما ستلحق النهاية القديمة بنصك الجديد. أفرغ العمود {cells} للإبقاء "
                            "على النص الجديد وحده، أو عدِّل النهاية هناك أيضاً"),
    "template_meta_damaged": ("the template's hidden sheet (_meta) is damaged or was edited (entry '{entry}'), so "
                              "it cannot be told which rows were filled in and for which assessment; nothing was "
                              "read. Write a new template from the application and copy the answers into it",
                              "la feuille masquée du modèle (_meta) est endommagée ou a été modifiée (entrée "
                              "« {entry} ») : on ne peut plus savoir quelles lignes ont été remplies ni pour quelle "
                              "évaluation ; rien n’a été lu. Créez un nouveau modèle depuis l’application et "
                              "copiez-y les réponses",
                              "الورقة المخفية في النموذج (_meta) تالفة أو عُدِّلت (المدخل '{entry}')، فلا يمكن "
                              "معرفة الأسطر التي مُلئت ولا التقييم الذي أُنشئ له؛ لم يُقرأ شيء. أنشئ نموذجاً جديداً "
                              "من التطبيق وانسخ الإجابات إليه"),
    "template_newer_format": ("the template was written in template format {version} by a newer version of the "
                              "application; this one reads format {supported}: update the application",
                              "le modèle a été écrit au format de modèle {version} par une version plus récente de "
                              "l’application ; celle-ci lit le format {supported} : mettez-la à jour",
                              "كُتب النموذج بصيغة النماذج {version} بإصدار أحدث من التطبيق؛ وهذا الإصدار يقرأ "
                              "الصيغة {supported}: حدِّث التطبيق"),
    "not_template": ("the file is not an answer template written by this application",
                     "le fichier n’est pas un modèle de réponses créé par cette application",
                     "الملف ليس نموذج إجابات أنشأه هذا التطبيق"),
    "xlsx_too_big": ("the workbook would expand to {size} MB when read (part {part}); the limit is {limit} MB, "
                     "so it is refused",
                     "le classeur occuperait {size} Mo une fois lu (partie {part}) ; la limite est de {limit} Mo, "
                     "il est donc refusé",
                     "سيتضخم المصنف عند قراءته إلى {size} ميغابايت (الجزء {part})؛ والحد {limit} ميغابايت، "
                     "لذا رُفض"),
    "xlsx_too_many_parts": ("the workbook has {n} parts inside; an answer template has a few, at most {limit} "
                            "are read, so it is refused",
                            "le classeur contient {n} parties ; un modèle de réponses en a quelques-unes, {limit} "
                            "au plus sont lues, il est donc refusé",
                            "يحتوي المصنف على {n} جزءاً؛ ولنموذج الإجابات بضعة أجزاء، ولا يُقرأ أكثر من {limit}، "
                            "لذا رُفض"),
    "xlsx_too_many_strings": ("the workbook holds more than {limit} distinct texts; an answer template holds a few "
                              "thousand, so it is refused",
                              "le classeur contient plus de {limit} textes distincts ; un modèle de réponses en "
                              "contient quelques milliers, il est donc refusé",
                              "يحتوي المصنف على أكثر من {limit} نص مختلف؛ ولا يحوي نموذج الإجابات إلا بضعة آلاف، "
                              "لذا رُفض"),
    "xlsx_too_many_cells": ("the workbook holds more than {limit} cells; an answer template holds a few thousand, "
                            "so it is refused",
                            "le classeur contient plus de {limit} cellules ; un modèle de réponses en contient "
                            "quelques milliers, il est donc refusé",
                            "يحتوي المصنف على أكثر من {limit} خلية؛ ولا يحوي نموذج الإجابات إلا بضعة آلاف، "
                            "لذا رُفض"),
    "xlsx_damaged": ("the workbook is damaged and cannot be read; save it again from Excel, or write a new template",
                     "le classeur est endommagé et ne peut pas être lu ; enregistrez-le de nouveau depuis Excel, ou "
                     "créez un nouveau modèle",
                     "المصنف تالف ولا يمكن قراءته؛ احفظه من جديد من Excel، أو أنشئ نموذجاً جديداً"),
    # -- service errors (the interface shows them in its language, the command line in English) --
    "no_assessment": ("there is no assessment {id}; 'list' shows the ones there are",
                      "il n’existe pas d’évaluation {id} ; « list » affiche celles qui existent",
                      "لا يوجد تقييم رقم {id}؛ يعرض الأمر 'list' التقييمات الموجودة"),
    "questionnaire_errors": ("the questionnaire has errors:\n{problems}",
                             "le questionnaire comporte des erreurs :\n{problems}",
                             "يحتوي الاستبيان على أخطاء:\n{problems}"),
    "text_too_long": ("a text is {n} characters long; at most {limit} characters can be kept and shared: shorten "
                      "it (nothing of it was saved yet)",
                      "un texte compte {n} caractères ; au plus {limit} caractères peuvent être enregistrés et "
                      "partagés : raccourcissez-le (rien n’en a encore été enregistré)",
                      "يتألف نص من {n:char}، ولا يمكن حفظ ومشاركة أكثر من {limit:char}: اختصره (لم يُحفظ منه شيء "
                      "بعد)"),
    "title_too_long": ("the title is {n} characters long; at most {limit} characters: shorten it",
                       "le titre compte {n} caractères ; au plus {limit} caractères : raccourcissez-le",
                       "يتألف العنوان من {n:char}، والحد الأقصى {limit:char}: اختصره"),
    "empty_title": ("the title is empty: give the assessment a title",
                    "le titre est vide : donnez un titre à l’évaluation",
                    "العنوان فارغ: أعطِ التقييم عنواناً"),
    "bad_country": ("'{code}' is not an ISO 3166 country code such as MA or KE",
                    "« {code} » n’est pas un code de pays ISO 3166 comme MA ou KE",
                    "'{code}' ليس رمز بلد وفق ISO 3166 مثل MA أو KE"),
    "unknown_fields": ("{n:unknown_field}: {fields}", "{n:unknown_field} : {fields}", "{n:unknown_field}: {fields}"),
    "not_a_question": ("'{qid}' is not a question of {questionnaire}",
                       "« {qid} » n’est pas une question de {questionnaire}",
                       "'{qid}' ليس سؤالاً من أسئلة {questionnaire}"),
    "weight_positive": ("the weight must be greater than zero, not {weight}",
                        "le poids doit être supérieur à zéro, et non {weight}",
                        "يجب أن يكون الوزن أكبر من صفر، وليس {weight}"),
    "weight_too_high": ("the weight must be at most {max}, not {weight}",
                        "le poids ne peut dépasser {max}, et non {weight}",
                        "يجب ألا يتجاوز الوزن {max}، وليس {weight}"),
    "weight_reason": ("write why the weight of {id} is changed: a changed weight needs its reason",
                      "indiquez pourquoi le poids de {id} est modifié : un poids modifié doit être justifié",
                      "اكتب سبب تغيير وزن {id}، فلا يُقبل تغيير الوزن دون ذكر سببه"),
    "negative_budget": ("the budget cannot be negative", "le budget ne peut pas être négatif",
                        "لا يمكن أن تكون الميزانية سالبة"),
    "bad_validation_status": ("'{status}' is not a report status: use {statuses}",
                              "« {status} » n’est pas un statut de rapport : utilisez {statuses}",
                              "'{status}' ليست حالةً للتقرير: استخدم {statuses}"),
    "assessment_changed": ("{who} changed the details of this assessment ({when}) after you opened them, so "
                           "yours were not saved. Save again to replace theirs with yours, or cancel to keep "
                           "theirs.",
                           "{who} a modifié les informations de cette évaluation ({when}) après que vous les avez "
                           "ouvertes : les vôtres n’ont pas été enregistrées. Enregistrez à nouveau pour remplacer "
                           "les leurs par les vôtres, ou annulez pour garder les leurs.",
                           "غيّر {who} بيانات هذا التقييم ({when}) بعد أن فتحتها، فلم تُحفظ بياناتك. احفظ مرة "
                           "أخرى لتحلّ بياناتك محلّ بياناته، أو ألغِ للإبقاء على بياناته."),
    "assessment_gone": ("this assessment was deleted by someone else after you opened it; nothing was saved",
                        "cette évaluation a été supprimée par quelqu’un d’autre après que vous l’avez ouverte ; "
                        "rien n’a été enregistré",
                        "حذف شخص آخر هذا التقييم بعد أن فتحته؛ لم يُحفظ شيء"),
    "action_changed": ("{who} changed this action ({when}) after you opened it, so your changes were not saved. "
                       "Save again to replace their version with yours, or cancel to keep theirs.",
                       "{who} a modifié cette action ({when}) après que vous l’avez ouverte : vos modifications "
                       "n’ont pas été enregistrées. Enregistrez à nouveau pour remplacer leur version par la "
                       "vôtre, ou annulez pour garder la leur.",
                       "غيّر {who} هذا الإجراء ({when}) بعد أن فتحته، فلم تُحفظ تعديلاتك. احفظ مرة أخرى "
                       "لتحلّ نسختك محلّ نسخته، أو ألغِ للإبقاء على نسخته."),
    "action_changed_not_deleted": ("{who} changed this action ({when}) after you opened it, so it was not "
                                   "deleted; the list now shows their version",
                                   "{who} a modifié cette action ({when}) après que vous l’avez ouverte : elle n’a "
                                   "pas été supprimée ; la liste montre maintenant leur version",
                                   "غيّر {who} هذا الإجراء ({when}) بعد أن فتحته، فلم يُحذف؛ تعرض القائمة الآن "
                                   "نسخته"),
    "action_gone": ("this action was deleted by someone else after you opened it; nothing was saved",
                    "cette action a été supprimée par quelqu’un d’autre après que vous l’avez ouverte ; rien n’a "
                    "été enregistré",
                    "حذف شخص آخر هذا الإجراء بعد أن فتحته؛ لم يُحفظ شيء"),
    "no_action": ("there is no action {id}", "il n’existe pas d’action {id}", "لا يوجد إجراء رقم {id}"),
    "nothing_to_upgrade": ("assessment {id} already uses {version}: nothing to upgrade",
                           "l’évaluation {id} utilise déjà {version} : rien à mettre à niveau",
                           "يستخدم التقييم {id} الإصدار {version} أصلاً: لا شيء يحتاج إلى ترقية"),
    "cannot_upgrade": ("assessment {id} cannot be upgraded from {old} to {new}: {detail}",
                       "l’évaluation {id} ne peut pas être mise à niveau de {old} vers {new} : {detail}",
                       "لا يمكن ترقية التقييم {id} من {old} إلى {new}: {detail}"),
    "follow_up_title": ("{title} — follow-up", "{title} — suivi", "{title} — متابعة"),
    "bad_date": ("'{value}' is not a date: write it as YYYY-MM-DD, for example 2026-11-30",
                 "« {value} » n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-11-30",
                 "'{value}' ليس تاريخاً: اكتبه بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم)، مثل 2026-11-30"),
    "follow_up_before_baseline": ("the follow-up's date {date} comes before the date of the review it follows "
                                  "({baseline}); give a later date",
                                  "la date du suivi ({date}) précède celle de l’évaluation qu’il suit "
                                  "({baseline}) ; indiquez une date plus tardive",
                                  "تاريخ المتابعة {date} يسبق تاريخ التقييم الذي تتابعه ({baseline})؛ "
                                  "أدخل تاريخاً لاحقاً"),
    "compare_too_few": ("a comparison needs at least two different assessments",
                        "une comparaison demande au moins deux évaluations différentes",
                        "تتطلب المقارنة تقييمين مختلفين على الأقل"),
    "compare_other_questionnaire": ("assessment {id} was answered against another questionnaire ({other}); "
                                    "only assessments of {questionnaire} can be compared",
                                    "l’évaluation {id} répond à un autre questionnaire ({other}) ; seules les "
                                    "évaluations de {questionnaire} peuvent être comparées",
                                    "التقييم {id} أُجيب عنه وفق استبيان آخر ({other})؛ لا تُقارن إلا تقييمات "
                                    "{questionnaire}"),
    "compare_nothing_shared": ("these assessments share no question: their questionnaire versions have nothing "
                               "in common to compare",
                               "ces évaluations n’ont aucune question en commun : leurs versions du "
                               "questionnaire n’ont rien de comparable",
                               "لا تشترك هذه التقييمات في أي سؤال: لا شيء مشترك بين إصدارات الاستبيان للمقارنة"),
    # -- exchange files and workshops (issue 11) --
    "exchange_not_ours": ("the file is not an exchange file (.opsc) written by this application",
                          "le fichier n’est pas un fichier d’échange (.opsc) créé par cette application",
                          "الملف ليس ملف تبادل (.opsc) أنشأه هذا التطبيق"),
    "exchange_damaged": ("the exchange file is damaged, truncated or was altered after it was written; "
                         "ask for it again",
                         "le fichier d’échange est endommagé, tronqué ou a été modifié après sa création ; "
                         "demandez-le de nouveau",
                         "ملف التبادل تالف أو مبتور أو عُدِّل بعد كتابته؛ اطلبه من جديد"),
    # said after "refused, nothing of it received" (receive) or "cannot be read" (compare): not again here
    "exchange_wrong_passphrase": ("the passphrase is wrong (or the file's header was altered)",
                                  "la phrase secrète est erronée (ou l’en-tête du fichier a été modifié)",
                                  "عبارة المرور خاطئة (أو عُدِّل رأس الملف)"),
    "exchange_passphrase_needed": ("the file is protected by a passphrase: give it with --passphrase-file, the "
                                   "OPSC_PASSPHRASE variable, or type it when asked",
                                   "le fichier est protégé par une phrase secrète : donnez-la avec "
                                   "--passphrase-file, la variable OPSC_PASSPHRASE, ou tapez-la à la demande",
                                   "الملف محمي بعبارة مرور: أعطها عبر --passphrase-file أو المتغير "
                                   "OPSC_PASSPHRASE، أو اكتبها عند طلبها"),
    "exchange_passphrase_empty": ("the passphrase is empty; choose one and tell it to the recipients "
                                  "separately from the file",
                                  "la phrase secrète est vide ; choisissez-en une et communiquez-la aux "
                                  "destinataires séparément du fichier",
                                  "عبارة المرور فارغة؛ اختر عبارة وأبلغها للمستلمين بمعزل عن الملف"),
    "exchange_passphrase_short": ("the passphrase has {n:char}; a file is protected with at least {min}, "
                                  "so that it cannot be guessed by trying every combination (a short sentence is "
                                  "best); nothing was written",
                                  "la phrase secrète compte {n:char} ; un fichier est protégé avec au moins "
                                  "{min} caractères, pour qu’on ne puisse pas la deviner en essayant toutes les "
                                  "combinaisons (une courte phrase est l’idéal) ; rien n’a été écrit",
                                  "تتألف عبارة المرور من {n:char}؛ ولحماية ملف يلزم {min} محارف على الأقل، كي لا "
                                  "يمكن تخمينها بتجربة كل التركيبات (والأفضل جملة قصيرة)؛ لم يُكتب شيء"),
    "passphrase_file_missing": ("the passphrase file {name} does not exist",
                                "le fichier de phrase secrète {name} n’existe pas",
                                "ملف عبارة المرور {name} غير موجود"),
    "passphrase_file_unreadable": ("the passphrase file {name} cannot be read ({reason})",
                                   "le fichier de phrase secrète {name} ne peut pas être lu ({reason})",
                                   "تتعذّر قراءة ملف عبارة المرور {name} ({reason})"),
    "passphrase_file_blank": ("the passphrase file {name} is empty or holds only spaces; write the passphrase "
                              "in it",
                              "le fichier de phrase secrète {name} est vide ou ne contient que des espaces ; "
                              "écrivez-y la phrase secrète",
                              "ملف عبارة المرور {name} فارغ أو لا يحوي إلا مسافات؛ اكتب فيه عبارة المرور"),
    "exchange_newer_format": ("the file was written in exchange format {version} by a newer version of the "
                              "application; this one reads format {supported}: update the application",
                              "le fichier a été écrit au format d’échange {version} par une version plus récente "
                              "de l’application ; celle-ci lit le format {supported} : mettez-la à jour",
                              "كُتب الملف بصيغة التبادل {version} بإصدار أحدث من التطبيق؛ وهذا الإصدار يقرأ "
                              "الصيغة {supported}: حدِّث التطبيق"),
    "exchange_too_big": ("the file is {size} MB; an exchange file may be at most {limit} MB",
                         "le fichier fait {size} Mo ; un fichier d’échange ne peut dépasser {limit} Mo",
                         "حجم الملف {size} ميغابايت؛ والحد الأقصى لملف التبادل {limit} ميغابايت"),
    "exchange_too_big_inside": ("the part {name} of the file would expand beyond {limit} MB, so it is refused",
                                "la partie {name} du fichier dépasserait {limit} Mo une fois décompressée ; il "
                                "est donc refusé",
                                "سيتجاوز الجزء {name} من الملف {limit} ميغابايت عند فك ضغطه، لذا رُفض"),
    "exchange_bomb": ("the part {name} of the file is compressed far more than answers can be (a 'zip bomb'), "
                      "so it is refused",
                      "la partie {name} du fichier est bien plus compressée que ne peuvent l’être des réponses "
                      "(« bombe zip ») ; il est donc refusé",
                      "الجزء {name} من الملف مضغوط أكثر بكثير مما يمكن للإجابات (قنبلة ضغط)، لذا رُفض"),
    "exchange_bad_json": ("the part {name} of the file is not valid JSON",
                          "la partie {name} du fichier n’est pas du JSON valide",
                          "الجزء {name} من الملف ليس JSON صالحاً"),
    "exchange_odd_member": ("the file holds an unexpected entry '{name}'; an exchange file holds only "
                            "manifest.json and assessment.json",
                            "le fichier contient une entrée inattendue « {name} » ; un fichier d’échange ne "
                            "contient que manifest.json et assessment.json",
                            "يحتوي الملف على عنصر غير متوقع '{name}'؛ لا يحتوي ملف التبادل إلا على "
                            "manifest.json و assessment.json"),
    "exchange_invalid": ("the file's content is not valid at {where}: {what}",
                         "le contenu du fichier n’est pas valide à {where} : {what}",
                         "محتوى الملف غير صالح عند {where}: {what}"),
    "exchange_field_missing": ("the file's content is not valid at {where}: it is missing",
                               "le contenu du fichier n’est pas valide à {where} : cette valeur manque",
                               "محتوى الملف غير صالح عند {where}: القيمة مفقودة"),
    "exchange_field_type": ("the file's content is not valid at {where}: '{value}' is not of the kind expected "
                            "there (text, number, date, list…)",
                            "le contenu du fichier n’est pas valide à {where} : « {value} » n’est pas du type "
                            "attendu (texte, nombre, date, liste…)",
                            "محتوى الملف غير صالح عند {where}: '{value}' ليس من النوع المتوقع (نص، عدد، تاريخ، "
                            "قائمة…)"),
    "exchange_text_too_long": ("the file's content is not valid at {where}: the text is longer than {limit} characters",
                               "le contenu du fichier n’est pas valide à {where} : le texte dépasse {limit} caractères",
                               "محتوى الملف غير صالح عند {where}: النص أطول من {limit:char}"),
    "exchange_field_too_long": ("the file's content is not valid at {where}: it is longer than {limit}",
                                "le contenu du fichier n’est pas valide à {where} : la valeur dépasse {limit}",
                                "محتوى الملف غير صالح عند {where}: القيمة أطول من {limit}"),
    "exchange_field_empty": ("the file's content is not valid at {where}: it is empty",
                             "le contenu du fichier n’est pas valide à {where} : la valeur est vide",
                             "محتوى الملف غير صالح عند {where}: القيمة فارغة"),
    "exchange_field_not_number": ("the file's content is not valid at {where}: '{value}' is not a finite number",
                                  "le contenu du fichier n’est pas valide à {where} : « {value} » n’est pas un "
                                  "nombre fini",
                                  "محتوى الملف غير صالح عند {where}: '{value}' ليس عدداً منتهياً"),
    "exchange_field_value": ("the file's content is not valid at {where}: '{value}' is not one of the values the "
                             "application knows",
                             "le contenu du fichier n’est pas valide à {where} : « {value} » ne fait pas partie "
                             "des valeurs connues de l’application",
                             "محتوى الملف غير صالح عند {where}: '{value}' ليست من القيم التي يعرفها التطبيق"),
    "exchange_field_range": ("the file's content is not valid at {where}: {value} is out of range ({bounds})",
                             "le contenu du fichier n’est pas valide à {where} : {value} est hors limites "
                             "({bounds})",
                             "محتوى الملف غير صالح عند {where}: {value} خارج الحدود ({bounds})"),
    "exchange_field_date": ("the file's content is not valid at {where}: '{value}' is not a date (YYYY-MM-DD)",
                            "le contenu du fichier n’est pas valide à {where} : « {value} » n’est pas une date "
                            "(AAAA-MM-JJ)",
                            "محتوى الملف غير صالح عند {where}: '{value}' ليس تاريخاً (YYYY-MM-DD)"),
    "exchange_weight_range": ("the file gives question {qid} the weight {value}; a weight is more than 0 and at "
                              "most {max}, as in the window",
                              "le fichier donne à la question {qid} le poids {value} ; un poids est supérieur à 0 "
                              "et au plus égal à {max}, comme dans la fenêtre",
                              "يعطي الملف السؤال {qid} الوزن {value}؛ والوزن أكبر من 0 ولا يتجاوز {max}، كما في "
                              "النافذة"),
    "exchange_control": ("the file's content is not valid at {where}: it contains a control character ({char}); "
                         "ask the sender to remove it and share the file again",
                         "le contenu du fichier n’est pas valide à {where} : il contient un caractère de contrôle "
                         "({char}) ; demandez à l’expéditeur de le supprimer et de partager le fichier de nouveau",
                         "محتوى الملف غير صالح عند {where}: يحتوي على محرف تحكّم ({char})؛ اطلب من المرسل حذفه "
                         "ومشاركة الملف من جديد"),
    "exchange_bad_uid": ("the file's assessment id '{uid}' is not an id this application writes (a UUID); the "
                         "file was altered or not written by this application",
                         "l’identifiant d’évaluation du fichier « {uid} » n’est pas un identifiant que "
                         "l’application écrit (un UUID) ; le fichier a été modifié ou n’a pas été créé par elle",
                         "معرّف التقييم في الملف '{uid}' ليس معرّفاً يكتبه هذا التطبيق (UUID)؛ عُدِّل الملف أو لم "
                         "يُنشئه هذا التطبيق"),
    "exchange_future": ("the file says it was written on {when}, more than a day from now: the sender's clock is "
                        "probably wrong; ask them to set it and share the file again",
                        "le fichier indique avoir été écrit le {when}, plus d’un jour dans le futur : l’horloge "
                        "de l’expéditeur est sans doute fausse ; demandez-lui de la régler et de partager le "
                        "fichier de nouveau",
                        "يذكر الملف أنه كُتب في {when}، أي بعد أكثر من يوم من الآن: على الأرجح ساعة المرسل "
                        "خاطئة؛ اطلب منه ضبطها ومشاركة الملف من جديد"),
    # -- receive on the command line: one line per file --
    "receive_line": ("{file}: assessment {id}: {how}", "{file} : évaluation {id} : {how}", "{file}: التقييم {id}: {how}"),
    "receive_added": ("added", "ajoutée", "أُضيف"),
    "receive_contribution": ("contribution from {by}", "contribution de {by}", "مساهمة من {by}"),
    "receive_replaced": ("contribution from {by} (replaces their earlier one)",
                         "contribution de {by} (remplace la précédente)",
                         "مساهمة من {by} (تحلّ محلّ مساهمته السابقة)"),
    "receive_replaced_other": ("contribution from {by} (replaces the one from {was}, sent from the same computer)",
                               "contribution de {by} (remplace celle de {was}, envoyée depuis le même ordinateur)",
                               "مساهمة من {by} (تحلّ محلّ مساهمة {was} المرسلة من الحاسوب نفسه)"),
    "receive_name_shared": ("another participant already sent answers under the name {by} from another computer: "
                            "both are kept (shown with a number); ask each group to share with --by \"GROUP\" or "
                            "to set its name in Settings",
                            "un autre participant a déjà envoyé des réponses sous le nom {by} depuis un autre "
                            "ordinateur\u00a0: les deux sont gardées (affichées avec un numéro)\u00a0; demandez à "
                            "chaque groupe de partager avec --by \"GROUPE\" ou d’indiquer son nom dans les "
                            "Paramètres",
                            "أرسل مشارك آخر إجابات باسم {by} من حاسوب آخر: احتُفظ بالاثنتين (تظهران برقم)؛ "
                            "اطلب من كل مجموعة المشاركة مع ‎--by \"المجموعة\"‎ أو ضبط اسمها في الإعدادات"),
    # said instead of receive_name_shared when the file replaced its own sender's earlier one: never "both kept"
    "receive_name_shared_beside": ("another computer's contribution under the name {by} stays beside it (shown with "
                                   "a number); ask each group to share with --by \"GROUP\" or to set its name in "
                                   "Settings",
                                   "la contribution d’un autre ordinateur sous le nom {by} reste à côté (affichée "
                                   "avec un numéro)\u00a0; demandez à chaque groupe de partager avec --by "
                                   "\"GROUPE\" ou d’indiquer son nom dans les Paramètres",
                                   "تبقى مساهمة حاسوب آخر باسم {by} إلى جانبها (تظهر برقم)؛ اطلب من كل مجموعة "
                                   "المشاركة مع ‎--by \"المجموعة\"‎ أو ضبط اسمها في الإعدادات"),
    "receive_dropped": ("the earlier one answered {n:question} this file does not ({ids}): it is kept in the "
                        "history; check that this file really comes from the same group",
                        "la précédente répondait à {n:question} que ce fichier ne contient pas ({ids})\u00a0: "
                        "elle reste dans l’historique\u00a0; vérifiez que ce fichier vient bien du même groupe",
                        "كانت المساهمة السابقة تجيب عن {n:question} لا يتضمّنها هذا الملف ({ids}): بقيت في "
                        "السجلّ؛ تحقّق من أن هذا الملف صادر فعلاً عن المجموعة نفسها"),
    "receive_legacy_replaced": ("same name, files from an older version that do not say which computer sent them: "
                                "if these are two different groups, ask them to share again with --by \"GROUP\" "
                                "(the earlier one is kept in the history)",
                                "même nom, fichiers d’une version antérieure qui ne disent pas de quel ordinateur "
                                "ils viennent\u00a0: s’il s’agit de deux groupes différents, demandez-leur de "
                                "partager de nouveau avec --by \"GROUPE\" (la précédente reste dans "
                                "l’historique)",
                                "الاسم نفسه، وملفات من إصدار أقدم لا تذكر الحاسوب الذي أرسلها: إن كانتا مجموعتين "
                                "مختلفتين فاطلب منهما المشاركة من جديد مع ‎--by \"المجموعة\"‎ (بقيت السابقة في "
                                "السجلّ)"),
    "receive_legacy_replaced_named": ("same name, files from an older version that do not say which computer sent "
                                      "them: if these are two different groups, ask each to share again under its "
                                      "group's name (the earlier one is kept in the history)",
                                      "même nom, fichiers d’une version antérieure qui ne disent pas de quel "
                                      "ordinateur ils viennent\u00a0: s’il s’agit de deux groupes différents, "
                                      "demandez à chacun de partager de nouveau sous le nom de son groupe (la "
                                      "précédente reste dans l’historique)",
                                      "الاسم نفسه، وملفات من إصدار أقدم لا تذكر الحاسوب الذي أرسلها: إن كانتا "
                                      "مجموعتين مختلفتين فاطلب من كل منهما المشاركة من جديد باسم مجموعتها (بقيت "
                                      "السابقة في السجلّ)"),
    "receive_no_own_answers": ("it brings no answers of its own: every answer in it is as it was handed out, or "
                               "blank (received, nothing to compare)",
                               "il n’apporte aucune réponse propre : chaque réponse y est telle qu’elle a été "
                               "distribuée, ou vide (reçu, rien à comparer)",
                               "لا يحمل أي إجابة خاصة به: كل إجابة فيه كما وُزّعت أو فارغة (استُلم، ولا شيء "
                               "للمقارنة)"),
    "receive_marks_changed": ("answers marked as handed out but different from what you handed out: {n} (counted "
                              "as the group's own)",
                              "Réponses marquées comme distribuées mais différentes de ce que vous avez "
                              "distribué : {n} (comptées comme celles du groupe)",
                              "إجابات معلَّمة بأنها موزّعة تختلف عمّا وزّعته ({n}): احتُسبت إجابات للمجموعة"),
    "receive_marks_claimed": ("answers marked as the group's own but exactly as you handed them out: {n} (counted "
                              "as theirs, as the file says)",
                              "Réponses marquées comme celles du groupe mais identiques à ce que vous avez "
                              "distribué : {n} (comptées comme les siennes, comme l’indique le fichier)",
                              "إجابات مطابقة تماماً لما وزّعته معلَّمة بأنها من المجموعة ({n}): احتُسبت لها كما "
                              "يقول الملف"),
    "cli_sections_or_all": ("give either --sections or --all-sections, not both",
                            "donnez soit --sections, soit --all-sections, pas les deux",
                            "أعطِ إما ‎--sections‎ وإما ‎--all-sections‎، لا الاثنين معاً"),
    "share_left_out": ("Answers outside the sections handed out to you, not sent: {n} ({ids}); "
                       "--all-sections sends them",
                       "Réponses hors des sections qui vous ont été distribuées, non envoyées : {n} ({ids}) ; "
                       "--all-sections les envoie",
                       "إجابات خارج الأقسام التي وُزّعت عليك لم تُرسَل: {n} ‏({ids})؛ يرسلها ‎--all-sections‎"),
    "share_handed_sections": ("{sections} (the sections handed out to you; --all-sections sends every section, "
                              "--sections chooses others)",
                              "{sections} (les sections qui vous ont été distribuées ; --all-sections envoie "
                              "toutes les sections, --sections en choisit d’autres)",
                              "{sections} (الأقسام التي وُزّعت عليك؛ يرسل ‎--all-sections‎ كل الأقسام، ويختار "
                              "‎--sections‎ غيرها)"),
    "share_warn_unprotected": ("warning: the hand-out this copy came from was protected with a passphrase, but this "
                               "file is not: anyone who gets it can read the answers; to protect it, share again "
                               "with --protect or --passphrase-file",
                               "attention : le fichier distribué d’où vient cette copie était protégé par une phrase "
                               "secrète, mais ce fichier ne l’est pas : quiconque l’obtient peut lire les réponses ; "
                               "pour le protéger, partagez de nouveau avec --protect ou --passphrase-file",
                               "تنبيه: كانت النسخة الموزّعة التي جاءت منها هذه النسخة محمية بعبارة مرور، لكن هذا "
                               "الملف غير محمي: يستطيع كل من يحصل عليه قراءة الإجابات؛ لحمايته، شارك من جديد مع "
                               "‎--protect‎ أو ‎--passphrase-file‎"),
    "share_warn_nothing_own": ("warning: this file carries none of this copy's own answers (every answer is as it "
                               "was handed out, or blank): the facilitator will receive it as bringing nothing; "
                               "answer the questions first, or choose other sections (--sections, --all-sections)",
                               "attention : ce fichier ne contient aucune réponse propre à cette copie (chaque "
                               "réponse est telle qu’elle a été distribuée, ou vide) : l’animateur le recevra comme "
                               "n’apportant rien ; répondez d’abord aux questions, ou choisissez d’autres sections "
                               "(--sections, --all-sections)",
                               "تنبيه: لا يحمل هذا الملف أي إجابة خاصة بهذه النسخة (كل إجابة كما وُزّعت، أو فارغة): "
                               "سيستلمه الميسّر ملفاً لا يضيف شيئاً؛ أجب عن الأسئلة أولاً، أو اختر أقساماً أخرى "
                               "(‎--sections‎، ‎--all-sections‎)"),
    "receive_refused": ("{file}: refused, nothing of it received: {why}",
                        "{file} : refusé, rien n’en a été reçu : {why}",
                        "{file}: رُفض، ولم يُستلم منه شيء: {why}"),
    "receive_some_refused": ("{n} of {total} files refused; the others were received",
                             "fichiers refusés : {n} sur {total} ; les autres ont été reçus",
                             "الملفات المرفوضة: {n} من {total}؛ واستُلمت الملفات الأخرى"),
    "receive_all_refused": ("all {n} files were refused; nothing was received",
                            "les {n} fichiers ont tous été refusés ; rien n’a été reçu",
                            "رُفضت الملفات كلها ({n})؛ لم يُستلم أي ملف"),
    "exchange_other_country": ("the file carries the id of assessment {id} here, but is for the country {country}, "
                               "not {held}: it is not the same review",
                               "le fichier porte l’identifiant de l’évaluation {id} d’ici, mais concerne le pays "
                               "{country} et non {held} : ce n’est pas la même revue",
                               "يحمل الملف معرّف التقييم {id} الموجود هنا، لكنه يخص البلد {country} لا {held}: ليس "
                               "المراجعة نفسها"),
    "exchange_other_title": ("note: the file calls this assessment '{theirs}', here it is '{ours}'",
                             "remarque : le fichier nomme cette évaluation « {theirs} », ici elle s’appelle "
                             "« {ours} »",
                             "ملاحظة: يسمّي الملف هذا التقييم '{theirs}'، واسمه هنا '{ours}'"),
    "exchange_unknown_question": ("the file answers a question '{qid}' that the questionnaire does not have",
                                  "le fichier répond à une question « {qid} » que le questionnaire n’a pas",
                                  "يجيب الملف عن سؤال '{qid}' غير موجود في الاستبيان"),
    "exchange_wrong_questionnaire": ("the file was written for questionnaire {qid} version {version}, but the "
                                     "app uses {app_qid} version {app_version}; the sender upgrades the assessment "
                                     "('upgrade') with the same app version as yours and shares it again",
                                     "le fichier a été écrit pour le questionnaire {qid} version {version}, mais "
                                     "l’application utilise {app_qid} version {app_version} ; l’expéditeur met "
                                     "l’évaluation à niveau (« upgrade ») avec la même version que la vôtre et "
                                     "la partage de nouveau",
                                     "كُتب الملف للاستبيان {qid} الإصدار {version}، بينما يستخدم التطبيق "
                                     "{app_qid} الإصدار {app_version}؛ على المرسل ترقية التقييم ('upgrade') "
                                     "بنفس إصدار تطبيقك ثم مشاركته من جديد"),
    "exchange_no_author": ("the file does not say who wrote it; give the contributor's name with --by",
                           "le fichier n’indique pas qui l’a écrit ; donnez le nom du contributeur avec --by",
                           "لا يذكر الملف من كتبه؛ أعطِ اسم المساهم عبر --by"),
    "exchange_same_file": ("this contribution of {by} (written {held}) was already received",
                           "cette contribution de {by} (écrite le {held}) a déjà été reçue",
                           "سبق استلام مساهمة {by} هذه (المكتوبة في {held})"),
    "exchange_not_newer": ("a newer contribution of {by} (written {held}) is already held; this older file "
                           "was not received",
                           "une contribution plus récente de {by} (écrite le {held}) est déjà là ; ce fichier "
                           "plus ancien n’a pas été reçu",
                           "توجد أصلاً مساهمة أحدث لـ {by} (مكتوبة في {held})؛ لم يُستلم هذا الملف الأقدم"),
    "exchange_template_needs_group": ("an answer template is received as a group's contribution: name the group "
                                      "with --by",
                                      "un modèle de réponses est reçu comme la contribution d’un groupe : nommez "
                                      "le groupe avec --by",
                                      "يُستلم نموذج الإجابات مساهمةً لمجموعة: سمِّ المجموعة عبر --by"),
    "exchange_own_handout": ("this is a hand-out written from this assessment here (by {by}): its answers are "
                             "the facilitator's own, not a group's contribution. Receive "
                             "the files the groups send back",
                             "c’est un fichier distribué écrit à partir de cette évaluation, ici (par {by}) : ses "
                             "réponses sont celles de l’animateur, pas la contribution d’un groupe. "
                             "Recevez les fichiers que les groupes renvoient",
                             "هذا ملف وُزِّع انطلاقاً من هذا التقييم هنا (كتبه {by}): إجاباته هي إجابات الميسّر "
                             "نفسه، لا مساهمة مجموعة. استلم الملفات التي تعيدها المجموعات"),
    "name_control_group": ("the group's name contains a control character ({char}); type it again without it",
                           "le nom du groupe contient un caractère de contrôle ({char}) ; saisissez-le de nouveau "
                           "sans ce caractère",
                           "يحتوي اسم المجموعة على محرف تحكّم ({char})؛ اكتبه من جديد من دونه"),
    "name_control_institution": ("the institution contains a control character ({char}); type it again without it",
                                 "l’institution contient un caractère de contrôle ({char}) ; saisissez-la de "
                                 "nouveau sans ce caractère",
                                 "يحتوي اسم المؤسسة على محرف تحكّم ({char})؛ اكتبه من جديد من دونه"),
    "name_control_user": ("your name (OPSC_USER or the settings) contains a control character ({char}); give it "
                          "again without it",
                          "votre nom (OPSC_USER ou les paramètres) contient un caractère de contrôle ({char}) ; "
                          "indiquez-le de nouveau sans ce caractère",
                          "يحتوي اسمك (OPSC_USER أو الإعدادات) على محرف تحكّم ({char})؛ أدخله من جديد من دونه"),
    "name_too_long_group": ("the group's name is {n} characters long; at most {limit} are kept",
                            "le nom du groupe compte {n} caractères ; {limit} au plus sont acceptés",
                            "يتألف اسم المجموعة من {n:char}؛ والحد الأقصى {limit}"),
    "name_too_long_institution": ("the institution is {n} characters long; at most {limit} are kept",
                                  "l’institution compte {n} caractères ; {limit} au plus sont acceptés",
                                  "يتألف اسم المؤسسة من {n:char}؛ والحد الأقصى {limit}"),
    "name_too_long_user": ("your name (OPSC_USER or the settings) is {n} characters long; at most {limit} are kept",
                           "votre nom (OPSC_USER ou les paramètres) compte {n} caractères ; {limit} au plus sont "
                           "acceptés",
                           "يتألف اسمك (OPSC_USER أو الإعدادات) من {n:char}؛ والحد الأقصى {limit}"),
    "receive_institution_templates_only": ("--institution names the institution of the group that filled an answer "
                                           "template (.xlsx); an exchange file (.opsc) carries its own: receive it "
                                           "without --institution",
                                           "--institution nomme l’institution du groupe qui a rempli un modèle de "
                                           "réponses (.xlsx) ; un fichier d’échange (.opsc) porte la sienne : "
                                           "recevez-le sans --institution",
                                           "يسمّي --institution مؤسسة المجموعة التي ملأت نموذج إجابات (.xlsx)؛ أما "
                                           "ملف التبادل (.opsc) فيحمل مؤسسته: استلمه دون --institution"),
    "receive_by_templates_only": ("--by names the group that filled an answer template (.xlsx); an exchange file "
                                  "(.opsc) carries its own author ({authors}): receive it without --by",
                                  "--by nomme le groupe qui a rempli un modèle de réponses (.xlsx) ; un fichier "
                                  "d’échange (.opsc) porte le nom de son auteur ({authors}) : recevez-le sans --by",
                                  "يسمّي --by المجموعة التي ملأت نموذج إجابات (.xlsx)؛ أما ملف التبادل (.opsc) "
                                  "فيحمل اسم كاتبه ({authors}): استلمه دون --by"),
    "receive_by_one_template": ("--by names one group, but {n} answer templates were given: receive each template "
                                "with its own --by",
                                "--by nomme un seul groupe, mais {n} modèles de réponses ont été donnés : recevez "
                                "chaque modèle avec son propre --by",
                                "يسمّي --by مجموعة واحدة، لكن أُعطي {n} نماذج إجابات: استلم كل نموذج مع --by "
                                "الخاص به"),
    "exchange_template_no_assessment": ("the template does not say which assessment it was written for",
                                        "le modèle n’indique pas pour quelle évaluation il a été créé",
                                        "لا يذكر النموذج التقييم الذي أُنشئ له"),
    "exchange_unknown_section": ("'{section}' is not a section or chapter of the questionnaire ({known})",
                                 "« {section} » n’est ni une section ni un chapitre du questionnaire ({known})",
                                 "'{section}' ليس قسماً ولا فصلاً من الاستبيان ({known})"),
    "reopened_changed": ("{by} changed its answer after your decision", "{by} a changé sa réponse après votre "
                         "décision", "غيّر {by} إجابته بعد قرارك"),
    "reopened_answered": ("{by} answered after your decision", "{by} a répondu après votre décision",
                          "أجاب {by} بعد قرارك"),
    "reopened_withdrew": ("{by} withdrew its answer after your decision", "{by} a retiré sa réponse après votre "
                          "décision", "سحب {by} إجابته بعد قرارك"),
    "adopt_one_source": ("adopt either a contributor's answer or values you give, not both",
                         "adoptez soit la réponse d’un contributeur, soit des valeurs que vous donnez, pas les deux",
                         "اعتمد إما إجابة أحد المساهمين وإما قيماً تحددها، لا الاثنين معاً"),
    "adopt_note_needed": ("the contributors disagree on {qid}: write a note on the decision",
                          "les contributeurs ne sont pas d’accord sur {qid} : écrivez une note sur la décision",
                          "المساهمون مختلفون بشأن {qid}: اكتب ملاحظة عن القرار"),
    "adopt_no_contribution": ("no contribution from “{by}” for {qid}; contributors to {qid}: {who}",
                              "aucune contribution de « {by} » pour {qid} ; contributeurs pour {qid} : {who}",
                              "لا توجد مساهمة من «{by}» للسؤال {qid}؛ المساهمون في {qid}: {who}"),
    # adopt --unanimous: why questions contributors answered were left alone (one line per reason)
    "adopt_not_adopted": ("{n:question_not_adopted}: {why} ({ids})",
                          "{n:question_not_adopted} : {why} ({ids})",
                          "{n:question_not_adopted}: {why} ({ids})"),
    "adopt_held_differs": ("all contributors agree, but the facilitator's own answer differs; decide each with "
                           "--question QID --from NAME --note TEXT",
                           "tous les contributeurs sont d’accord, mais la réponse de l’animateur est différente ; "
                           "décidez chacune avec --question QUESTION --from NOM --note TEXTE",
                           "يتفق جميع المساهمين، لكن إجابة الميسّر نفسه مختلفة؛ قرّر كلاً منها بـ ‎--question‎ السؤال "
                           "‎--from‎ الاسم ‎--note‎ النص"),
    "adopt_held_same": ("all contributors agree with the facilitator's answer already",
                        "tous les contributeurs sont déjà d’accord avec la réponse de l’animateur",
                        "يتفق جميع المساهمين أصلاً مع إجابة الميسّر"),
    "adopt_held_conflict": ("the contributors disagree; decide each with --question QID --from NAME --note TEXT",
                            "les contributeurs ne sont pas d’accord ; décidez chacune avec --question QUESTION "
                            "--from NOM --note TEXTE",
                            "المساهمون مختلفون؛ قرّر كلاً منها بـ ‎--question‎ السؤال ‎--from‎ الاسم ‎--note‎ النص"),
    "adopt_held_single": ("only one contributor answered; adopt it with --question QID --from NAME if you agree",
                          "un seul contributeur a répondu ; adoptez sa réponse avec --question QUESTION --from NOM si "
                          "vous êtes d’accord",
                          "أجاب مساهم واحد فقط؛ اعتمد إجابته بـ ‎--question‎ السؤال ‎--from‎ الاسم إن كنت توافق"),
    "adopt_no_contributions": ("no contributor answered any question yet: nothing to adopt",
                               "aucun contributeur n’a encore répondu à une question : rien à adopter",
                               "لم يُجب أي مساهم عن أي سؤال بعد: لا شيء يُعتمد"),
    "cli_error": ("error: {text}", "erreur : {text}", "خطأ: {text}"),
    "os_permission": ("permission denied: {name}; choose a folder you can write to",
                      "accès refusé : {name} ; choisissez un dossier où vous pouvez écrire",
                      "تم رفض الإذن: {name}؛ اختر مجلداً يمكنك الكتابة فيه"),
    "os_disk_full": ("the disk is full; free some space and try again",
                     "le disque est plein ; libérez de l’espace et réessayez",
                     "القرص ممتلئ؛ أفرغ بعض المساحة ثم أعد المحاولة"),
    "cli_disk_full": ("the disk holding {path} is full: the command's change was not saved, nothing of it was "
                      "kept; free some space and run the command again",
                      "le disque qui contient {path} est plein : la modification demandée n’a pas été "
                      "enregistrée, rien n’en a été gardé ; libérez de l’espace et relancez la commande",
                      "القرص الذي يحوي {path} ممتلئ: لم يُحفظ التغيير الذي طلبه الأمر ولم يُبقَ منه شيء؛ أفرغ "
                      "بعض المساحة ثم أعد تشغيل الأمر"),
    "os_not_found": ("file not found: {name}", "fichier introuvable : {name}", "الملف غير موجود: {name}"),
    # -- the audit trail (python -m app verify; docs/audit.md) --
    "audit_ok": ("assessment {id}: {n:entry}, chain intact, state matches",
                 "évaluation {id} : {n:entry}, chaîne intacte, état conforme",
                 "التقييم {id}: {n:entry}، السلسلة سليمة، والحالة مطابقة"),
    "audit_ok_deleted": ("assessment {id} (deleted): {n:entry}, chain intact, nothing of it left stored",
                         "évaluation {id} (supprimée) : {n:entry}, chaîne intacte, plus rien d’elle n’est "
                         "enregistré",
                         "التقييم {id} (محذوف): {n:entry}، السلسلة سليمة، ولم يبقَ منه شيء محفوظ"),
    "audit_failed": ("assessment {id}: {n:entry}, {count:problem}: the trail and the stored data do not match",
                     "évaluation {id} : {n:entry}, {count:problem} : l’historique et les données "
                     "enregistrées ne concordent pas",
                     "التقييم {id}: {n:entry}، {count:problem}: السجل والبيانات المحفوظة غير متطابقين"),
    "audit_no_trail": ("the assessment has no audit trail: its entries were deleted",
                       "l’évaluation n’a pas d’historique : ses entrées ont été supprimées",
                       "لا سجل تدقيق لهذا التقييم: حُذفت قيوده"),
    "audit_unknown": ("there is no assessment {id} and no audit trail for it",
                      "il n’existe ni évaluation {id} ni historique pour elle",
                      "لا يوجد تقييم رقم {id} ولا سجل تدقيق له"),
    "audit_gap": ("entry {expected} is missing (the next one is {found}): entries were deleted",
                  "l’entrée {expected} manque (la suivante est la {found}) : des entrées ont été supprimées",
                  "القيد {expected} مفقود (القيد التالي هو {found}): حُذفت قيود"),
    "audit_unchained": ("entry {seq} is not chained to the one before it: an entry was deleted or altered",
                        "l’entrée {seq} n’est pas chaînée à la précédente : une entrée a été supprimée ou modifiée",
                        "القيد {seq} غير مرتبط بالقيد الذي قبله: حُذف قيد أو عُدّل"),
    "audit_altered": ("entry {seq} was altered after it was written (its hash does not match its content)",
                      "l’entrée {seq} a été modifiée après son écriture (son empreinte ne correspond pas à son "
                      "contenu)",
                      "عُدّل القيد {seq} بعد كتابته (بصمته لا تطابق محتواه)"),
    "audit_unreadable": ("entry {seq} cannot be read", "l’entrée {seq} est illisible", "تتعذّر قراءة القيد {seq}"),
    "audit_out_of_step": ("entry {seq} ({what}) does not follow from the entries before it: an entry is missing "
                          "or altered",
                          "l’entrée {seq} ({what}) ne découle pas des entrées précédentes : une entrée manque ou a "
                          "été modifiée",
                          "القيد {seq} ({what}) لا يتّسق مع القيود التي قبله: قيد مفقود أو معدّل"),
    "audit_assessment_missing": ("the trail says the assessment exists, but it is not stored",
                                 "d’après l’historique l’évaluation existe, mais elle n’est pas enregistrée",
                                 "يفيد السجل بأن التقييم موجود، لكنه غير محفوظ"),
    "audit_assessment_untracked": ("the assessment is stored, but its trail never creates it or says it was "
                                   "deleted",
                                   "l’évaluation est enregistrée, mais son historique ne la crée jamais ou dit "
                                   "qu’elle a été supprimée",
                                   "التقييم محفوظ، لكن سجله لا يذكر إنشاءه أو يفيد بأنه حُذف"),
    "audit_row_missing": ("{what} is in the trail but not stored: deleted outside the application",
                          "{what} figure dans l’historique mais plus dans les données enregistrées : la "
                          "suppression a été faite hors de l’application",
                          "{what} موجود في السجل لكنه غير محفوظ: حُذف خارج التطبيق"),
    "audit_row_untracked": ("{what} is stored but not in the trail: added outside the application",
                            "{what} figure dans les données enregistrées mais pas dans l’historique : l’ajout a "
                            "été fait hors de l’application",
                            "{what} محفوظ لكنه غير موجود في السجل: أُضيف خارج التطبيق"),
    "audit_field_differs": ("{what}: {field} is stored as '{stored}' but the trail says '{trail}': changed "
                            "outside the application",
                            "{what} : la valeur enregistrée pour « {field} » est « {stored} », mais "
                            "l’historique indique « {trail} » : la modification a été faite hors de l’application",
                            "{what}: قيمة {field} المحفوظة '{stored}' لكن السجل يذكر '{trail}': عُدّلت خارج التطبيق"),
    "audit_kind_assessment": ("the assessment's details", "les informations de l’évaluation", "بيانات التقييم"),
    "audit_kind_answer": ("the answer to {entity}", "la réponse à {entity}", "الإجابة عن {entity}"),
    "audit_kind_weight": ("the weight of {entity}", "le poids de {entity}", "وزن {entity}"),
    "audit_kind_action": ("action {entity}", "l’action {entity}", "الإجراء {entity}"),
    "audit_kind_baseline": ("the baseline", "l’état initial", "الحالة الأساسية"),
    # the fields the trail follows, as verify and the history name them (app.domain.audit.FIELDS)
    "audit_field_title": ("title", "titre", "العنوان"),
    "audit_field_country_code": ("country", "pays", "البلد"),
    "audit_field_assessment_date": ("assessment date", "date de l’évaluation", "تاريخ التقييم"),
    "audit_field_organisation": ("organisation", "organisation responsable", "الجهة"),
    "audit_field_assessors": ("assessors", "évaluateurs", "المقيِّمون"),
    "audit_field_confidentiality": ("confidentiality marking", "mention de confidentialité", "درجة السرية"),
    "audit_field_validation_status": ("validation status", "statut de validation", "حالة الاعتماد"),
    "audit_field_validated_by": ("validated by", "validé par", "جهة الاعتماد"),
    "audit_field_validated_on": ("validation date", "date de validation", "تاريخ الاعتماد"),
    "audit_field_institutions": ("institutions taking part", "institutions participantes", "المؤسسات المشاركة"),
    "audit_field_process": ("how the assessment was made", "déroulement de l’évaluation", "كيفية إجراء التقييم"),
    "audit_field_executive_summary": ("executive summary", "résumé analytique", "الملخص التنفيذي"),
    "audit_field_limitations": ("limitations", "limites", "حدود التقييم"),
    "audit_field_questionnaire_id": ("questionnaire id", "identifiant du questionnaire", "معرّف الاستبيان"),
    "audit_field_questionnaire_version": ("questionnaire version", "version du questionnaire", "إصدار الاستبيان"),
    "audit_field_questionnaire_hash": ("questionnaire fingerprint", "empreinte du questionnaire", "بصمة الاستبيان"),
    "audit_field_value": ("answer", "réponse", "الإجابة"),
    "audit_field_na_reason": ("reason it does not apply", "raison de la non-applicabilité", "سبب عدم الانطباق"),
    "audit_field_comment": ("comment", "commentaire", "التعليق"),
    "audit_field_legal_provision": ("legal provision", "disposition légale", "النص القانوني"),
    "audit_field_evidence": ("evidence", "éléments de preuve", "الأدلة"),
    "audit_field_confidence": ("confidence", "degré de confiance", "درجة الثقة"),
    "audit_field_institution": ("institution to ask", "institution à consulter", "المؤسسة التي يُرجَع إليها"),
    "audit_field_to_review": ("to review", "à revoir", "للمراجعة"),
    "audit_field_carried_over": ("carried over", "reprise de la revue précédente", "منقولة من المراجعة السابقة"),
    "audit_field_weight": ("weight", "poids", "الوزن"),
    "audit_field_reason": ("reason for the weight", "justification du poids", "سبب الوزن"),
    "audit_field_question_id": ("question", "question concernée", "السؤال"),
    "audit_field_description": ("description", "description de l’action", "الوصف"),
    "audit_field_lead": ("lead", "responsable", "الجهة المسؤولة"),
    "audit_field_partners": ("partners", "partenaires", "الشركاء"),
    "audit_field_deadline": ("deadline", "échéance", "الموعد النهائي"),
    "audit_field_budget": ("budget", "budget prévu", "الميزانية"),
    "audit_field_currency": ("currency", "devise", "العملة"),
    "audit_field_priority": ("priority", "priorité", "الأولوية"),
    "audit_field_status": ("status", "statut", "الحالة"),
    # -- the command line's own lines (app/cli.py), in the interface language (--lang or the settings) --
    "cli_schema_current": ("{location}: schema version {version} (already current)",
                           "{location} : version du schéma {version} (déjà à jour)",
                           "{location}: إصدار المخطط {version} (محدَّث أصلاً)"),
    "cli_schema_created": ("{location}: schema version {version} (created)",
                           "{location} : version du schéma {version} (créée)",
                           "{location}: إصدار المخطط {version} (أُنشئ)"),
    "cli_schema_upgraded": ("{location}: schema version {version} (upgraded from {old})",
                            "{location} : version du schéma {version} (mise à niveau depuis la version {old})",
                            "{location}: إصدار المخطط {version} (رُقّي من الإصدار {old})"),
    "cli_path_missing": ("{path} does not exist", "{path} n’existe pas", "{path} غير موجود"),
    "cli_validate_errors": ("{n:error}", "{n:error}", "{n:error}"),
    "cli_validate_ok": ("ok: {id} {version}, {sections:section}, {questions:question_nom}, {hash}",
                        "valide : {id} {version}, {sections:section}, {questions:question_nom}, {hash}",
                        "سليم: {id} {version}، {sections:section}، {questions:question_nom}، {hash}"),
    "cli_freeze_errors": ("{path} has errors: fix them before freezing its version",
                          "{path} comporte des erreurs : corrigez-les avant de figer sa version",
                          "في {path} أخطاء: صحّحها قبل تثبيت إصداره"),
    "cli_freeze_differs": ("{path} exists and differs: a released version never changes; raise the version instead",
                           "{path} existe et diffère : une version publiée ne change jamais ; augmentez plutôt le "
                           "numéro de version",
                           "{path} موجود ومختلف: الإصدار المنشور لا يتغير أبداً؛ ارفع رقم الإصدار بدلاً من ذلك"),
    "cli_upgrade_head": ("assessment {id}: {old} -> {new}", "évaluation {id} : {old} -> {new}",
                         "التقييم {id}: {old} -> {new}"),
    "cli_upgrade_head_dry": ("assessment {id}: {old} -> {new} (dry run: nothing changed)",
                             "évaluation {id} : {old} -> {new} (simulation : rien n’a été modifié)",
                             "التقييم {id}: {old} -> {new} (تجربة: لم يتغير شيء)"),
    "cli_upgrade_kept": ("kept as they were", "questions gardées telles quelles", "أسئلة أُبقيت كما هي"),
    "cli_upgrade_kept_dry": ("kept as they would be", "questions qui seraient gardées telles quelles",
                             "أسئلة ستُبقى كما هي"),
    "cli_upgrade_renamed": ("renamed (answer moved)", "questions renommées (réponse déplacée)",
                            "أسئلة أُعيدت تسميتها (نُقلت الإجابة)"),
    "cli_upgrade_to_review": ("flagged to review (answer kept)", "questions marquées à revoir (réponse gardée)",
                              "أسئلة عُلّمت للمراجعة (أُبقيت الإجابة)"),
    "cli_upgrade_unanswered": ("changed, not answered (nothing to review)",
                               "questions modifiées, sans réponse (rien à revoir)",
                               "أسئلة تغيّرت دون إجابة (لا شيء للمراجعة)"),
    "cli_upgrade_removed": ("removed (answers kept in the history)",
                            "questions retirées (réponses gardées dans l’historique)",
                            "أسئلة حُذفت (الإجابات محفوظة في السجل)"),
    "cli_upgrade_removed_answered": ("  of which answered", "  dont avec une réponse", "  منها ما أُجيب عنه"),
    "cli_upgrade_added": ("added (unanswered)", "questions ajoutées (sans réponse)", "أسئلة أُضيفت (دون إجابة)"),
    "cli_list_header": ("id\tcountry\tdate\tanswered/applicable\tdon't know\tN/A pending\tto review\tcarried over\t"
                        "follow-up of\ttitle",
                        "id\tpays\tdate\trépondues/applicables\tne sait pas\tsans objet à justifier\tà revoir\t"
                        "reprises\tsuivi de\ttitre",
                        "المعرّف\tالبلد\tالتاريخ\tأُجيب/منطبق\tلا أعرف\tغير منطبق دون سبب\tللمراجعة\tمنقولة\t"
                        "متابعة للتقييم\tالعنوان"),
    "cli_summary_pdf_only": ("--summary applies to PDF reports: use --format pdf",
                             "--summary ne s’applique qu’aux rapports PDF : utilisez --format pdf",
                             "ينطبق --summary على تقارير PDF وحدها: استخدم --format pdf"),
    "cli_score_columns": ("section\tcoverage\tanswered\tscore\tconservative\tband",
                          "section\tcouverture\trépondues\tscore\tprudent\tniveau",
                          "القسم\tالتغطية\tأُجيب\tالدرجة\tالمتحفظة\tالمستوى"),
    "cli_score_by_columns": ("tag\tquestions\tcoverage\tscore\tconservative\tlargest gaps",
                             "critère\tquestions\tcouverture\tscore\tprudent\tplus grands écarts",
                             "المعيار\tالأسئلة\tالتغطية\tالدرجة\tالمتحفظة\tأكبر الفجوات"),
    "cli_overall": ("overall", "ensemble", "الإجمالي"),
    "cli_not_scored": ("not scored", "non noté", "غير محسوب"),
    "cli_not_scored_yet": ("not scored yet", "pas encore noté", "لم يُحسب بعد"),
    "cli_provisional": ("{score} provisional", "{score} provisoire", "{score} مؤقّتة"),
    "cli_no_question_maps": ("no question maps here", "aucune question ne s’y rattache", "لا سؤال مرتبط به"),
    "cli_untagged": ("questions that map to no {framework} tag: {n}",
                     "questions rattachées à aucun critère {framework} : {n}",
                     "عدد الأسئلة غير المرتبطة بأي معيار من {framework}: {n}"),
    "cli_format_needs_out": ("--format needs --out FILE: where to write the report",
                             "--format demande --out FICHIER : où écrire le rapport",
                             "يتطلب --format الخيار --out FILE: مكان كتابة التقرير"),
    "cli_out_needs_format": ("--out needs --format xlsx or pdf", "--out demande --format xlsx ou pdf",
                             "يتطلب --out الخيار --format xlsx أو pdf"),
    "cli_json_or_format": ("choose --json or --format, not both", "choisissez --json ou --format, pas les deux",
                           "اختر --json أو --format، لا الاثنين معاً"),
    "cli_not_a_source": ("'{arg}' is neither an assessment id nor an exchange file (.opsc) that exists",
                         "« {arg} » n’est ni un identifiant d’évaluation ni un fichier d’échange (.opsc) existant",
                         "'{arg}' ليس معرّف تقييم ولا ملف تبادل (.opsc) موجوداً"),
    "cli_compare_columns": ("section\tscore/cov\tchange\tmark", "section\tscore/couv.\técart\tsigne",
                            "القسم\tالدرجة/التغطية\tالتغير\tالعلامة"),
    "cli_compare_changed": ("{n:question_nom} with a different answer", "{n:question_nom} avec une réponse différente",
                            "عدد الأسئلة ذات الإجابة المختلفة: {n}"),
    "cli_compare_shared": ("{n:question_nom} with a different answer; compared on {shared} shared questions only "
                           "({left} left out)",
                           "{n:question_nom} avec une réponse différente ; comparaison sur les {shared} questions "
                           "communes seulement ({left} laissées de côté)",
                           "عدد الأسئلة ذات الإجابة المختلفة: {n}؛ قورنت الأسئلة المشتركة وحدها وعددها {shared} "
                           "(واستُبعد {left})"),
    "cli_compare_actions": ("action plan: {counts}", "plan d’action : {counts}", "خطة العمل: {counts}"),
    "cli_action_done": ("done {n}", "réalisées {n}", "منجزة {n}"),
    "cli_action_late": ("late {n}", "en retard {n}", "متأخرة {n}"),
    "cli_action_in_progress": ("in progress {n}", "en cours {n}", "قيد التنفيذ {n}"),
    "cli_action_not_started": ("not started {n}", "non commencées {n}", "لم تبدأ {n}"),
    "cli_mark_improved": ("improved", "progrès", "تحسّن"),
    "cli_mark_regressed": ("regressed", "recul", "تراجع"),
    "cli_mark_unchanged": ("unchanged", "inchangé", "دون تغيير"),
    "cli_mark_not_comparable": ("not comparable", "non comparable", "غير قابل للمقارنة"),
    "cli_mark_changed": ("changed", "modifié", "تغيّر"),
    "cli_mark_higher": ("higher", "plus élevé", "أعلى"),
    "cli_mark_lower": ("lower", "plus bas", "أدنى"),
    "cli_mark_same": ("same", "identique", "مماثل"),
    "cli_mark_differs": ("differs", "différent", "مختلف"),
    "cli_no_verdict_confirm": ("provisional, no verdict yet: {n:answer_pending}",
                               "provisoire, pas encore de verdict : {n:answer_pending}",
                               "مؤقّت، لا حكم بعد: {n:answer_pending}"),
    "cli_no_verdict_coverage": ("provisional, no verdict yet: coverage under two thirds",
                                "provisoire, pas encore de verdict : couverture inférieure aux deux tiers",
                                "مؤقّت، لا حكم بعد: التغطية أقل من الثلثين"),
    "cli_provisional_mark_confirm": ("{mark} (provisional: {n:answer_pending})",
                                     "{mark} (provisoire : {n:answer_pending})",
                                     "{mark} (مؤقّت: {n:answer_pending})"),
    "cli_provisional_mark_coverage": ("{mark} (provisional: coverage under two thirds)",
                                      "{mark} (provisoire : couverture inférieure aux deux tiers)",
                                      "{mark} (مؤقّت: التغطية أقل من الثلثين)"),
    "cli_import_refused": ("nothing was imported from {file}: fix the {n:problem} above",
                           "rien n’a été importé de {file} : corrigez {n:problem} ci-dessus",
                           "لم يُستورد شيء من {file}: صحّح المشكلات المذكورة أعلاه وعددها {n}"),
    "cli_import_done": ("{changed:answer_changed}, {unchanged:unchanged}, from {file} into assessment {id}",
                        "{changed:answer_changed}, {unchanged:unchanged}, de {file} dans l’évaluation {id}",
                        "إجابات تغيّرت: {changed}، ودون تغيير: {unchanged}، من {file} إلى التقييم {id}"),
    "cli_import_still_to_confirm": (
        "{n:answer_pending}, carried over from the baseline. Giving the same answer again does not confirm a "
        "carried-over answer: confirm it in the window, give another answer, or clear its 'Carried over' cell in the "
        "answer template",
        "{n:answer_pending} (venant de l’examen précédent). Redonner la même réponse ne confirme pas une réponse "
        "reprise : confirmez-la dans la fenêtre, donnez une autre réponse ou videz sa cellule « Reprise » dans le "
        "modèle de réponses",
        "{n:answer_pending} (من المراجعة السابقة). إعطاء الإجابة نفسها مرة أخرى لا يؤكّد الإجابة المنقولة؛ أكّدها في "
        "النافذة، أو أعطِ إجابة أخرى، أو امسح خانة «منقولة» في نموذج الإجابات"),
    "cli_questionnaire_errors": ("the questionnaire has errors; run 'validate' to see them",
                                 "le questionnaire comporte des erreurs ; lancez « validate » pour les voir",
                                 "في الاستبيان أخطاء؛ شغّل 'validate' لعرضها"),
    "cli_written_to": ("written to {path}", "écrit dans {path}", "كُتب في {path}"),
    "cli_prompt_passphrase": ("Passphrase: ", "Phrase secrète : ", "عبارة المرور: "),
    "cli_prompt_passphrase_again": ("The same passphrase again: ", "La même phrase secrète, à nouveau : ",
                                    "عبارة المرور نفسها مرة أخرى: "),
    "cli_prompt_passphrase_files": ("Passphrase of the {n:protected_file}: ", "Phrase secrète {n:protected_file} : ",
                                    "عبارة مرور {n:protected_file}: "),
    "cli_prompt_password": ("Password for {user}: ", "Mot de passe de {user} : ", "كلمة مرور {user}: "),
    "cli_the_database_user": ("the database user", "l’utilisateur de la base", "مستخدم قاعدة البيانات"),
    "cli_protect_needs_terminal": ("--protect needs a terminal to type the passphrase; use --passphrase-file "
                                   "instead",
                                   "--protect demande un terminal pour taper la phrase secrète ; utilisez plutôt "
                                   "--passphrase-file",
                                   "يتطلب --protect طرفية لكتابة عبارة المرور؛ استخدم --passphrase-file بدلاً من ذلك"),
    "cli_passphrases_differ": ("the two passphrases differ; nothing was written",
                               "les deux phrases secrètes diffèrent ; rien n’a été écrit",
                               "عبارتا المرور مختلفتان؛ لم يُكتب شيء"),
    "cli_shared": ("{path}: assessment {id} ({uid}), {n:answer}, sections {sections}",
                   "{path} : évaluation {id} ({uid}), {n:answer}, sections : {sections}",
                   "{path}: التقييم {id} ({uid})، عدد الإجابات {n}، الأقسام {sections}"),
    "cli_shared_protected": ("{path}: assessment {id} ({uid}), {n:answer}, sections {sections}, protected",
                             "{path} : évaluation {id} ({uid}), {n:answer}, sections : {sections}, protégé par "
                             "une phrase secrète",
                             "{path}: التقييم {id} ({uid})، عدد الإجابات {n}، الأقسام {sections}، محمي بعبارة مرور"),
    "cli_all_sections": ("all", "toutes", "كلها"),
    "cli_contributors_header": ("contributor\tinstitution\treceived\tanswers\tsections",
                                "contributeur\tinstitution\treçu le\tréponses\tsections",
                                "المساهم\tالمؤسسة\tتاريخ الاستلام\tالإجابات\tالأقسام"),
    "cli_agreement_header": ("section\tunanimous\tconflict\tsingle\tnone\tagreement",
                             "section\tunanimes\tdivergentes\tune seule\taucune\taccord",
                             "القسم\tإجماع\tخلاف\tإجابة واحدة\tلا شيء\tنسبة الاتفاق"),
    "cli_in_dispute": ("in dispute ({n}): {ids}", "en désaccord ({n}) : {ids}", "موضع خلاف ({n}): {ids}"),
    "cli_decided": ("decided ({n}): {ids}", "tranchées ({n}) : {ids}", "محسومة ({n}): {ids}"),
    "cli_adopt_usage": ("give either --unanimous or --question QID --from NAME [--note TEXT]",
                        "donnez soit --unanimous, soit --question QUESTION --from NOM [--note TEXTE]",
                        "أعطِ إما ‎--unanimous‎ وإما ‎--question‎ السؤال ‎--from‎ الاسم [‎--note‎ النص]"),
    "cli_adopt_needs_from": ("--question needs --from NAME: whose answer is adopted",
                             "--question demande --from NOM : la réponse de qui est adoptée",
                             "يتطلب ‎--question‎ الخيار ‎--from‎ الاسم: صاحب الإجابة المعتمدة"),
    "cli_adopted": ("{qid}: the answer of {by} adopted", "{qid} : réponse de {by} adoptée",
                    "{qid}: اعتُمدت إجابة {by}"),
    "cli_adopted_replaced": ("{qid}: it replaces your own answer \"{was}\"; that answer is kept in the "
                             "history",
                             "{qid} : elle remplace votre propre réponse « {was} »\u00a0; celle-ci reste "
                             "dans l’historique",
                             "{qid}: حلّت محل إجابتك «{was}»؛ وتبقى تلك الإجابة في السجلّ"),
    "cli_unexpected": ("unexpected problem ({what})", "problème inattendu ({what})", "مشكلة غير متوقعة ({what})"),
    "cli_unexpected_logged": ("unexpected problem ({what}); the details are in {log}",
                              "problème inattendu ({what}) ; les détails sont dans {log}",
                              "مشكلة غير متوقعة ({what})؛ التفاصيل في {log}"),
    # argparse's own errors (usage errors, exit 2), said again in the interface language
    "cli_usage_required": ("the following arguments are required: {names}",
                           "ces arguments sont obligatoires : {names}",
                           "هذه الوسائط مطلوبة: {names}"),
    "cli_usage_choice": ("argument {name}: '{value}' is not one of {choices}",
                         "argument {name} : « {value} » ne fait pas partie de {choices}",
                         "الوسيط {name}: '{value}' ليس من {choices}"),
    "cli_usage_int": ("argument {name}: '{value}' is not a whole number",
                      "argument {name} : « {value} » n’est pas un nombre entier",
                      "الوسيط {name}: '{value}' ليس عدداً صحيحاً"),
    "cli_usage_unknown": ("unrecognised arguments: {names}", "arguments non reconnus : {names}",
                          "وسائط غير معروفة: {names}"),
    "cli_usage_one_value": ("argument {name} needs a value", "l’argument {name} demande une valeur",
                            "يحتاج الوسيط {name} إلى قيمة"),
    "cli_usage_other": ("the command line is not valid: {detail}", "la ligne de commande n’est pas valide : {detail}",
                        "سطر الأوامر غير صالح: {detail}"),
    "cli_usage_prefix": ("usage: ", "utilisation : ", "الاستخدام: "),
    "cli_usage_see_help": ("{prog}: error: {text} (see {prog} --help)", "{prog} : erreur : {text} (voir {prog} --help)",
                           "{prog}: خطأ: {text} (انظر {prog} --help)"),
    # -- storage failures said on the command line: the window's texts (app/ui/controller.py storage_message) --
    "storage_disk_full": ("The disk is full: the last change could not be saved. Free some space; "
                          "what you typed stays on screen and is saved again once there is room.",
                          "Le disque est plein : la dernière modification n’a pas pu être "
                          "enregistrée. Libérez de l’espace ; ce que vous avez saisi reste à l’écran "
                          "et sera enregistré dès qu’il y aura de la place.",
                          "القرص ممتلئ: تعذّر حفظ التعديل الأخير. أفرغ بعض المساحة؛ يبقى ما كتبته "
                          "على الشاشة وسيُحفظ من جديد عند توفر المساحة."),
    "storage_corrupt": ("The file {path} is damaged and cannot be opened. It has not been changed. "
                        "Open a backup from the backups folder, or start a new file.",
                        "Le fichier {path} est endommagé et ne peut pas être ouvert. Il n’a pas été "
                        "modifié. Ouvrez une sauvegarde du dossier backups, ou commencez un nouveau "
                        "fichier.",
                        "الملف {path} تالف ولا يمكن فتحه. لم يُغيَّر الملف. افتح نسخة احتياطية من "
                        "مجلد backups، أو ابدأ ملفاً جديداً."),
    "storage_newer": ("The file {path} was written by a newer version of this app. It has not been "
                      "changed. Update the app to open it, or open another file.",
                      "Le fichier {path} a été écrit par une version plus récente de cette "
                      "application. Il n’a pas été modifié. Mettez l’application à jour pour "
                      "l’ouvrir, ou ouvrez un autre fichier.",
                      "كُتب الملف {path} بإصدار أحدث من هذا التطبيق. لم يُغيَّر الملف. حدّث التطبيق "
                      "لفتحه، أو افتح ملفاً آخر."),
    "storage_connection": ("The server {path} could not be reached or refused the connection: "
                           "{detail}. Check the address and the network.",
                           "Le serveur {path} est injoignable ou a refusé la connexion : {detail}. "
                           "Vérifiez l’adresse et le réseau.",
                           "تعذّر الوصول إلى الخادم {path} أو رفض الاتصال: {detail}. تحقّق من "
                           "العنوان ومن الشبكة."),
    "storage_address": ("The server address {path} cannot be used as written: {detail}. Nothing was "
                        "tried; correct the address.",
                        "L’adresse du serveur {path} ne peut pas être utilisée telle quelle : "
                        "{detail}. Aucune connexion n’a été tentée ; corrigez l’adresse.",
                        "لا يمكن استخدام عنوان الخادم {path} كما هو مكتوب: {detail}. لم تتم أي "
                        "محاولة اتصال؛ صحّح العنوان."),
    "storage_password": ("The server {path} did not accept the user name and password. Check them "
                         "and try again.",
                         "Le serveur {path} n’a pas accepté le nom d’utilisateur et le mot de passe. "
                         "Vérifiez-les et réessayez.",
                         "لم يقبل الخادم {path} اسم المستخدم وكلمة المرور. تحقّق منهما وحاول مرة "
                         "أخرى."),
    "storage_older_server": ("The database {path} has an older schema, and your account may not "
                             "upgrade it. Ask the server's administrator to upgrade it (see "
                             "docs/server.md).",
                             "La base {path} a un schéma plus ancien, et votre compte ne peut pas la "
                             "mettre à niveau. Demandez à l’administrateur du serveur de le faire "
                             "(voir docs/server.md).",
                             "لقاعدة البيانات {path} مخطط أقدم، ولا يحق لحسابك ترقيته. اطلب من مسؤول "
                             "الخادم ترقيته (انظر docs/server.md)."),
    "storage_permission": ("The server {path} refused the change: your account is not allowed to "
                           "make it. Ask the server's administrator.",
                           "Le serveur {path} a refusé la modification : votre compte n’a pas le "
                           "droit de la faire. Adressez-vous à l’administrateur du serveur.",
                           "رفض الخادم {path} التعديل: لا يحق لحسابك إجراؤه. راجع مسؤول الخادم."),
    "storage_stale": ("Someone else changed this record on {path} since it was loaded; your change "
                      "was not saved. Reopen it to see theirs, then make your change again.",
                      "Quelqu’un d’autre a modifié cet élément sur {path} depuis son chargement ; "
                      "votre modification n’a pas été enregistrée. Rouvrez-le pour voir la leur, "
                      "puis refaites la vôtre.",
                      "غيّر شخص آخر هذا العنصر على {path} منذ تحميله؛ لم يُحفَظ تعديلك. أعد فتحه "
                      "لترى تعديلهم، ثم أعد إجراء تعديلك."),
    "storage_foreign": ("The file {path} is not an OPSC assessment file. It has not been changed. "
                        "Choose another file, or start a new one.",
                        "Le fichier {path} n’est pas un fichier d’évaluations OPSC. Il n’a pas été "
                        "modifié. Choisissez un autre fichier, ou commencez-en un nouveau.",
                        "الملف {path} ليس ملف تقييمات خاصاً بالبروتوكول الاختياري. لم يُغيَّر الملف. "
                        "اختر ملفاً آخر، أو ابدأ ملفاً جديداً."),
    "storage_read_only_medium": ("The disk or USB stick holding {path} is read-only "
                                 "(write-protected): the assessments can be read and exported, but "
                                 "changes cannot be saved. Remove the write protection, or copy the "
                                 "file to a writable disk and open it from there.",
                                 "Le disque ou la clé USB qui contient {path} est en lecture seule "
                                 "(protégé en écriture) : les évaluations peuvent être lues et "
                                 "exportées, mais les modifications ne peuvent pas être "
                                 "enregistrées. Retirez la protection en écriture, ou copiez le "
                                 "fichier sur un disque accessible en écriture et ouvrez-le depuis "
                                 "celui-ci.",
                                 "القرص أو مفتاح USB الذي يحتوي على {path} للقراءة فقط (محمي ضد "
                                 "الكتابة): يمكن قراءة التقييمات وتصديرها، لكن لا يمكن حفظ "
                                 "التغييرات. أزل الحماية ضد الكتابة، أو انسخ الملف إلى قرص قابل "
                                 "للكتابة وافتحه منه."),
    "storage_no_permission": ("You do not have permission to change {path} or its folder: the "
                              "assessments can be read and exported, but changes cannot be saved. "
                              "Ask for write access, or copy the file to a folder of your own and "
                              "open it from there.",
                              "Vous n’avez pas l’autorisation de modifier {path} ou son dossier : "
                              "les évaluations peuvent être lues et exportées, mais les "
                              "modifications ne peuvent pas être enregistrées. Demandez l’accès en "
                              "écriture, ou copiez le fichier dans un dossier à vous et ouvrez-le "
                              "depuis celui-ci.",
                              "ليس لديك إذن بتغيير {path} أو مجلده: يمكن قراءة التقييمات وتصديرها، "
                              "لكن لا يمكن حفظ التغييرات. اطلب إذن الكتابة، أو انسخ الملف إلى مجلد "
                              "خاص بك وافتحه منه."),
    "storage_no_read_permission": ("You do not have permission to read {path}. It has not been "
                                   "changed. Ask for access to it, or open another file.",
                                   "Vous n’avez pas l’autorisation de lire {path}. Il n’a pas été "
                                   "modifié. Demandez-en l’accès, ou ouvrez un autre fichier.",
                                   "ليس لديك إذن بقراءة {path}. لم يُغيَّر الملف. اطلب إذن الوصول "
                                   "إليه، أو افتح ملفاً آخر."),
    "storage_locked": ("The file {path} is being used by another program (or another copy of this "
                       "app) and stayed locked. Nothing was lost: close the other program and try "
                       "again.",
                       "Le fichier {path} est utilisé par un autre programme (ou une autre copie de "
                       "cette application) et est resté verrouillé. Rien n’a été perdu : fermez "
                       "l’autre programme et réessayez.",
                       "الملف {path} يستخدمه برنامج آخر (أو نسخة أخرى من هذا التطبيق) وبقي مقفلاً. "
                       "لم يُفقد شيء: أغلق البرنامج الآخر وحاول مجدداً."),
    "storage_io": ("The disk holding {path} could not be read or written: it may have been removed "
                   "or be failing. This does not mean the file is damaged. Check that the disk or "
                   "USB stick is connected and try again; if it keeps happening, copy the file to "
                   "another disk.",
                   "Le disque qui contient {path} n’a pas pu être lu ou écrit : il a peut-être été "
                   "retiré ou il est défaillant. Cela ne veut pas dire que le fichier est endommagé. "
                   "Vérifiez que le disque ou la clé USB est branché et réessayez ; si cela se "
                   "reproduit, copiez le fichier sur un autre disque.",
                   "تعذّرت القراءة من القرص الذي يحتوي على {path} أو الكتابة عليه: ربما نُزع أو أنه "
                   "معطّل. هذا لا يعني أن الملف تالف. تحقّق من أن القرص أو مفتاح USB موصول وحاول "
                   "مجدداً؛ وإن تكرر ذلك، انسخ الملف إلى قرص آخر."),
    "storage_older_read_only": ("The file {path} was made by an older version of this app and must "
                                "be upgraded before it can be opened, which means writing to it, but "
                                "this disk or folder cannot be written (read-only, or no "
                                "permission). It has not been changed. Copy the file to a folder you "
                                "can write to (for example your Documents folder) and open the copy.",
                                "Le fichier {path} a été créé par une version plus ancienne de cette "
                                "application et doit être mis à niveau avant de pouvoir être ouvert, "
                                "ce qui demande d’y écrire ; or ce disque ou ce dossier ne peut pas "
                                "être modifié (lecture seule, ou pas d’autorisation). Le fichier n’a "
                                "pas été modifié. Copiez-le dans un dossier où vous pouvez écrire "
                                "(par exemple votre dossier Documents) et ouvrez la copie.",
                                "أُنشئ الملف {path} بإصدار أقدم من هذا التطبيق، ويجب ترقيته قبل "
                                "فتحه، وهذا يتطلب الكتابة فيه، لكن لا يمكن الكتابة في هذا القرص أو "
                                "المجلد (للقراءة فقط، أو دون إذن). لم يُغيَّر الملف. انسخ الملف إلى "
                                "مجلد يمكنك الكتابة فيه (مثل مجلد المستندات) وافتح النسخة."),
    "storage_missing_folder": ("The folder of {path} does not exist (a disk or USB stick that is not "
                               "connected?). Connect it, or open another file.",
                               "Le dossier de {path} n’existe pas (un disque ou une clé USB non "
                               "branché ?). Branchez-le, ou ouvrez un autre fichier.",
                               "مجلد {path} غير موجود (قرص أو مفتاح USB غير موصول؟). صِله، أو افتح "
                               "ملفاً آخر."),
    "storage_other": ("The file {path} could not be used: {detail}",
                      "Le fichier {path} n’a pas pu être utilisé : {detail}",
                      "تعذّر استخدام الملف {path}: {detail}"),
    "more": ("… and {n:more_problem}", "… et {n:more_problem}", "… و{n:more_problem}"),
}

MAX_SHOWN = 20  # problems listed in full; the rest are counted


class Count(int):
    """A count of things in a message (characters, rows): its thousands grouped as the message's language
    writes them (100,000; French 100 000)."""


# Counted nouns: a message writes "{n:char}" and gets the count with its noun in the grammar of its language:
# English and French singular/plural (French: 0 and 1 singular); Arabic its six forms (CLDR: zero, one, two,
# few = 3-10, many = 11-99, other = 100, 101, 102...; by the hundreds' remainder). "{n}" in a form is the
# figure. The Arabic dual is written in the case the messages use the noun in (after "من": "محرفين").
_COUNTED: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str, str, str, str, str]]] = {
    "char": (("{n} character", "{n} characters"), ("{n} caractère", "{n} caractères"),
             ("{n} محرف", "محرف واحد", "محرفين", "{n} محارف", "{n} محرفاً", "{n} محرف")),
    "entry": (("{n} entry", "{n} entries"), ("{n} entrée", "{n} entrées"),
              ("لا قيود", "قيد واحد", "قيدان", "{n} قيود", "{n} قيداً", "{n} قيد")),
    "problem": (("{n} problem", "{n} problems"), ("{n} problème", "{n} problèmes"),
                ("لا مشكلات", "مشكلة واحدة", "مشكلتان", "{n} مشكلات", "{n} مشكلةً", "{n} مشكلة")),
    "question_not_adopted": (("{n} question not adopted", "{n} questions not adopted"),
                             ("{n} question non adoptée", "{n} questions non adoptées"),
                             ("لم يُعتمد أي سؤال", "سؤال واحد لم يُعتمد", "سؤالان لم يُعتمدا", "{n} أسئلة لم تُعتمد",
                              "{n} سؤالاً لم يُعتمد", "{n} سؤال لم يُعتمد")),
    "answer_pending": (("{n} answer still to confirm", "{n} answers still to confirm"),
                       ("{n} réponse encore à confirmer", "{n} réponses encore à confirmer"),
                       ("لا إجابة بانتظار التأكيد", "إجابة واحدة ما زالت بانتظار التأكيد",
                        "إجابتان ما زالتا بانتظار التأكيد", "{n} إجابات ما زالت بانتظار التأكيد",
                        "{n} إجابة ما زالت بانتظار التأكيد", "{n} إجابة ما زالت بانتظار التأكيد")),
    # "question" after a preposition (genitive dual), "question_nom" as a subject (nominative dual)
    "question": (("{n} question", "{n} questions"), ("{n} question", "{n} questions"),
                 ("لا أسئلة", "سؤال واحد", "سؤالين", "{n} أسئلة", "{n} سؤالاً", "{n} سؤال")),
    "question_nom": (("{n} question", "{n} questions"), ("{n} question", "{n} questions"),
                     ("لا أسئلة", "سؤال واحد", "سؤالان", "{n} أسئلة", "{n} سؤالاً", "{n} سؤال")),
    "section": (("{n} section", "{n} sections"), ("{n} section", "{n} sections"),
                ("لا أقسام", "قسم واحد", "قسمان", "{n} أقسام", "{n} قسماً", "{n} قسم")),
    "line": (("{n} line", "{n} lines"), ("{n} ligne", "{n} lignes"),
             ("لا أسطر", "سطر واحد", "سطرين", "{n} أسطر", "{n} سطراً", "{n} سطر")),
    "error": (("{n} error", "{n} errors"), ("{n} erreur", "{n} erreurs"),
              ("لا أخطاء", "خطأ واحد", "خطآن", "{n} أخطاء", "{n} خطأً", "{n} خطأ")),
    "answer": (("{n} answer", "{n} answers"), ("{n} réponse", "{n} réponses"),
               ("لا إجابات", "إجابة واحدة", "إجابتان", "{n} إجابات", "{n} إجابةً", "{n} إجابة")),
    "answer_changed": (("{n} answer changed", "{n} answers changed"),
                       ("{n} réponse modifiée", "{n} réponses modifiées"),
                       ("لم تتغيّر أي إجابة", "تغيّرت إجابة واحدة", "تغيّرت إجابتان", "تغيّرت {n} إجابات",
                        "تغيّرت {n} إجابة", "تغيّرت {n} إجابة")),
    "unchanged": (("{n} unchanged", "{n} unchanged"), ("{n} inchangée", "{n} inchangées"),
                  ("لا شيء دون تغيير", "واحدة دون تغيير", "اثنتان دون تغيير", "{n} دون تغيير", "{n} دون تغيير",
                   "{n} دون تغيير")),
    "more_problem": (("{n} more problem not listed", "{n} more problems not listed"),
                     ("{n} autre problème non listé", "{n} autres problèmes non listés"),
                     ("لا مشكلات أخرى", "مشكلة أخرى لم تُعرض", "مشكلتان أخريان لم تُعرضا", "{n} مشكلات أخرى لم تُعرض",
                      "{n} مشكلةً أخرى لم تُعرض", "{n} مشكلة أخرى لم تُعرض")),
    # nouns said without their figure (the figure only chooses the form)
    "unknown_field": (("unknown field", "unknown fields"), ("champ inconnu", "champs inconnus"),
                      ("حقول غير معروفة", "حقل غير معروف", "حقلان غير معروفين", "حقول غير معروفة",
                       "حقول غير معروفة", "حقول غير معروفة")),
    "protected_file": (("protected file", "protected files"), ("du fichier protégé", "des fichiers protégés"),
                       ("الملفات المحمية", "الملف المحمي", "الملفين المحميين", "الملفات المحمية", "الملفات المحمية",
                        "الملفات المحمية")),
    "answer_adopted": (("{n} answer adopted", "{n} answers adopted"),
                       ("{n} réponse adoptée", "{n} réponses adoptées"),
                       ("لم تُعتمد أي إجابة", "اعتُمدت إجابة واحدة", "اعتُمدت إجابتان", "اعتُمدت {n} إجابات",
                        "اعتُمدت {n} إجابة", "اعتُمدت {n} إجابة")),
}


def arabic_form(n: int) -> int:
    """Which of Arabic's six counted forms a number takes: 0 zero, 1 one, 2 two, 3 few (3-10), 4 many (11-99),
    5 other (100, 101, 102...), by the remainder of the hundreds for numbers above 100 (103: few, 111: many)."""
    if n in (0, 1, 2):
        return n
    rest = n % 100
    return 3 if 3 <= rest <= 10 else 4 if rest >= 11 else 5


def counted(value: object, noun: str, lang: str = "en") -> str:
    """A count with its noun ("5 characters", "5 caractères", "5 محارف"); a value that is not a whole
    number (a placeholder) takes the plural."""
    forms = _COUNTED[noun][LANGS.index(lang) if lang in LANGS else 0]
    n = int(value) if isinstance(value, int) and not isinstance(value, bool) else None
    figure = fmt_amount(value, lang) if isinstance(value, Count) else str(value)
    if len(forms) == 6:
        form = forms[arabic_form(abs(n))] if n is not None else forms[4]
    else:
        form = forms[0] if n is not None and (abs(n) == 1 or (lang == "fr" and n == 0)) else forms[1]
    return form.format(n=figure)


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec in _COUNTED:
            return counted(value, format_spec, self.lang)
        if isinstance(value, Count) and not format_spec:
            return fmt_amount(value, self.lang)
        return str(super().format_field(value, format_spec))


def message(key: str, lang: str = "en", **values: object) -> str:
    text = _Formatter(lang).format(_MESSAGES[key][LANGS.index(lang) if lang in LANGS else 0], **values)
    return french_spacing(text) if lang == "fr" else text


def keys() -> list[str]:
    return list(_MESSAGES)


def shown(value: object, limit: int = 60) -> str:
    """A value from a file, safe to put in a message: control characters (NUL, escape codes, bidi
    overrides...) written as \\xNN / \\uNNNN, and long values cut with an ellipsis."""
    text = str(value)
    cut = len(text) > limit
    text = text[:limit]
    out = "".join(c if unicodedata.category(c)[0] != "C" else
                  (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}") for c in text)
    return out + ("…" if cut else "")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (file name, line) and what (a message key and its values)."""

    file: str
    key: str
    line: int | None = None
    values: dict[str, object] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {message(self.key, lang, **self.values)}"

    def __str__(self) -> str:
        return self.text()


class FileRefused(Exception):
    """A file was refused; nothing was changed. Lists the first MAX_SHOWN problems and counts the rest."""

    def __init__(self, items: list[Problem], total: int | None = None):
        self.items = items[:MAX_SHOWN]
        self.total = max(total or 0, len(items))
        super().__init__("\n".join(self.lines()))

    @property
    def more(self) -> int:
        return self.total - len(self.items)

    def lines(self, lang: str = "en") -> list[str]:
        out = [p.text(lang) for p in self.items]
        if self.more:
            out.append(message("more", lang, n=self.more))
        return out

    @property
    def problems(self) -> list[str]:
        return self.lines()
