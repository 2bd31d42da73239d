<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/ui/help.py" line="357"/>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="358"/>
        <source>OPSC self-assessment, version {version}</source>
        <translation>التقييم الذاتي لتنفيذ البروتوكول الاختياري (OPSC)، الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="360"/>
        <source>Based on the Guidelines {symbol}, adopted by the Committee on the Rights of the Child in 2019 to guide States in applying the {treaty} (OPSC). The Guidelines remain the reference; this tool is not a United Nations publication.</source>
        <translation>يستند إلى المبادئ التوجيهية {symbol}، التي اعتمدتها لجنة حقوق الطفل عام 2019 لإرشاد الدول في تطبيق {treaty} (OPSC). تبقى المبادئ التوجيهية هي المرجع؛ وهذه الأداة ليست من منشورات الأمم المتحدة.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="365"/>
        <source>Free software under the MIT licence. The DejaVu fonts keep their own free licence, given in the file named below.</source>
        <translation>برنامج حر بموجب ترخيص MIT. تخضع خطوط DejaVu لترخيصها الحر الخاص، الوارد في الملف المذكور أدناه.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="367"/>
        <source>Application:</source>
        <translation>التطبيق:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="367"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="367"/>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="367"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="368"/>
        <source>Questionnaire:</source>
        <translation>الاستبيان:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="368"/>
        <source>Content hash:</source>
        <translation>بصمة المحتوى:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="368"/>
        <source>Font licence:</source>
        <translation>ترخيص الخطوط:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="369"/>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="372"/>
        <source>&amp;Copy details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../app/ui/action_dialog.py" line="100"/>
        <source>Edit action</source>
        <translation>تعديل الإجراء</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="100"/>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="112"/>
        <source>Question:</source>
        <translation>السؤال:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="115"/>
        <source>What is to be done (required)</source>
        <translation>ما يجب القيام به (مطلوب)</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="117"/>
        <source>&amp;What is to be done:</source>
        <translation>&amp;ما يجب القيام به:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="119"/>
        <source>&amp;Lead institution:</source>
        <translation>الجهة &amp;المسؤولة:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="121"/>
        <source>&amp;Partners:</source>
        <translation>ال&amp;شركاء:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="122"/>
        <source>&amp;Deadline:</source>
        <translation>الموعد ال&amp;نهائي:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="123"/>
        <source>&amp;Budget:</source>
        <translation>المي&amp;زانية:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="127"/>
        <source>P&amp;riority:</source>
        <translation>الأ&amp;ولوية:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="129"/>
        <source>Suggested from weight × gap: {p}</source>
        <translation>مقترحة بحسب الوزن × الفجوة: {p}</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="135"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="162"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="173"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="174"/>
        <source>No deadline</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="190"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="191"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="196"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="199"/>
        <source>Currency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="230"/>
        <source>Say what is to be done: the description is required.</source>
        <translation>اذكر ما يجب القيام به: الوصف مطلوب.</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="237"/>
        <source>The budget is not a number: write it like {example}, or leave it empty.</source>
        <translation>الميزانية ليست رقماً: اكتبها على هذا النحو {example}، أو اتركها فارغة.</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../app/ui/actions.py" line="149"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="149"/>
        <source>What is to be done</source>
        <translation>ما يجب القيام به</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="149"/>
        <source>Lead institution</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="149"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="150"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="150"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="150"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="150"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="151"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="152"/>
        <source>Add a&amp;ction…</source>
        <translation>&amp;إضافة إجراء…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="153"/>
        <source>&amp;Edit…</source>
        <translation>تع&amp;ديل…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="154"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="214"/>
        <source>No action yet. Add one here, or from a gap in the results.</source>
        <translation>لا توجد إجراءات بعد. أضف إجراءً هنا، أو انطلاقاً من فجوة في النتائج.</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="223"/>
        <source>Actions: {n} · done: {done} · past their deadline: {late}.</source>
        <translation>الإجراءات: {n} · المنجزة: {done} · المتجاوزة لموعدها النهائي: {late}.</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="228"/>
        <source>Budget: {budget}.</source>
        <translation>الميزانية: {budget}.</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="283"/>
        <source>Delete the action “{what}” for {qid}? This cannot be undone.</source>
        <translation>حذف الإجراء «{what}» الخاص بالسؤال {qid}؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="285"/>
        <source>Delete action</source>
        <translation>حذف الإجراء</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../app/ui/action_dialog.py" line="43"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="44"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="45"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="49"/>
        <source>Planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="50"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="51"/>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <location filename="../app/ui/workshop.py" line="99"/>
        <source>Adopt an answer</source>
        <translation>اعتماد إجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="100"/>
        <source>Adopt the answer of {by} for question {id}: “{answer}”, with their comment, legal provision and confidence. The facilitator&apos;s answer now is: “{current}”.</source>
        <translation>اعتماد إجابة {by} عن السؤال {id}: «{answer}»، مع تعليقه والحكم القانوني ودرجة الثقة. إجابة الميسّر الحالية: «{current}».</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="106"/>
        <source>Decision note</source>
        <translation>ملاحظة القرار</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="108"/>
        <source>Decision &amp;note (required: the contributors disagree):</source>
        <translation>&amp;ملاحظة القرار (إلزامية: المساهمون مختلفون):</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="109"/>
        <source>Decision &amp;note (optional):</source>
        <translation>&amp;ملاحظة القرار (اختيارية):</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="114"/>
        <source>&amp;Adopt</source>
        <translation>ا&amp;عتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="115"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../app/ui/application.py" line="72"/>
        <source>Assessment files (*.sqlite *.db);;All files (*)</source>
        <translation>ملفات التقييمات (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="75"/>
        <source>Open an assessment file</source>
        <translation>فتح ملف تقييمات</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="78"/>
        <source>New assessment file</source>
        <translation>ملف تقييمات جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="87"/>
        <source>{path} already exists. Choose a new name: an existing file is never overwritten.</source>
        <translation>الملف {path} موجود بالفعل. اختر اسماً جديداً: لا يُستبدل أي ملف موجود أبداً.</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="357"/>
        <source>OPSC self-assessment</source>
        <translation>التقييم الذاتي لتنفيذ البروتوكول الاختياري</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="105"/>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="105"/>
        <source>Edit assessment details</source>
        <translation>تعديل بيانات التقييم</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="110"/>
        <source>e.g. National review 2026</source>
        <translation>مثال: المراجعة الوطنية 2026</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="117"/>
        <source>Names, separated by semicolons</source>
        <translation>الأسماء، مفصولة بفواصل منقوطة</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="143"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="145"/>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="147"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="148"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="149"/>
        <source>&amp;Assessors:</source>
        <translation>ال&amp;مقيِّمون:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="150"/>
        <source>Confidentiality &amp;marking:</source>
        <translation>درجة ال&amp;سرية:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="154"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="154"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="165"/>
        <source>D&amp;etails</source>
        <translation>البيا&amp;نات</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="167"/>
        <source>For the &amp;report</source>
        <translation>للتقري&amp;ر</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="181"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="181"/>
        <source>Required. The name of this assessment.</source>
        <translation>مطلوب. اسم هذا التقييم.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="182"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="182"/>
        <source>Required. Type a few letters to search.</source>
        <translation>مطلوب. اكتب بضعة أحرف للبحث.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="183"/>
        <source>Date of the assessment</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="184"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="184"/>
        <source>The ministry or body carrying out the assessment</source>
        <translation>الوزارة أو الهيئة التي تجري التقييم</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="185"/>
        <source>Assessors</source>
        <translation>المقيِّمون</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="185"/>
        <source>The people who answered</source>
        <translation>الأشخاص الذين أجابوا</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="186"/>
        <source>Confidentiality marking</source>
        <translation>درجة السرية</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="186"/>
        <source>Printed on every page of the reports</source>
        <translation>تُطبع على كل صفحة من التقارير</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="232"/>
        <source>Give the assessment a title.</source>
        <translation>أعطِ التقييم عنواناً.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="234"/>
        <source>Choose a country from the list (type a few letters to search).</source>
        <translation>اختر بلداً من القائمة (اكتب بضعة أحرف للبحث).</translation>
    </message>
</context>
<context>
    <name>AssessmentListPage</name>
    <message>
        <location filename="../app/ui/main_window.py" line="105"/>
        <location filename="../app/ui/assessment_list.py" line="103"/>
        <location filename="../app/ui/assessment_list.py" line="224"/>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="110"/>
        <source>&amp;New assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="111"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="112"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;تعديل البيانات…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="113"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="114"/>
        <source>Start a follow-&amp;up…</source>
        <translation>بدء م&amp;تابعة…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="115"/>
        <source>A new review of the same country that starts from this one&apos;s answers, each to confirm</source>
        <translation>مراجعة جديدة للبلد نفسه تنطلق من إجابات هذه المراجعة، وتُؤكَّد كل إجابة منها</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="117"/>
        <source>Co&amp;mpare…</source>
        <translation>م&amp;قارنة…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="118"/>
        <source>Two or more assessments side by side</source>
        <translation>تقييمان أو أكثر جنباً إلى جنب</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="169"/>
        <source>Start your first assessment</source>
        <translation>ابدأ تقييمك الأول</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="177"/>
        <source>An assessment records, question by question, how your country implements the Optional Protocol on the sale of children. Every answer is saved on this computer as you go.</source>
        <translation>يسجّل التقييم، سؤالاً بسؤال، كيف ينفّذ بلدك البروتوكول الاختياري بشأن بيع الأطفال. تُحفظ كل إجابة على هذا الحاسوب أولاً بأول.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="180"/>
        <source>Create a &amp;new assessment…</source>
        <translation>إنشاء تقييم &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="184"/>
        <source>Create a new assessment</source>
        <translation>إنشاء تقييم جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="185"/>
        <source>Received a file from a colleague? Use File ▸ Open database file…</source>
        <translation>هل تلقّيت ملفاً من زميل؟ استخدم ملف ◂ فتح ملف تقييمات…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="214"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="214"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="214"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="215"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="215"/>
        <source>Answered</source>
        <translation>مُجاب عنها</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="215"/>
        <source>Last change</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="225"/>
        <source>Enter opens the selected assessment; F2 edits its details; Delete deletes it after confirmation.</source>
        <translation>مفتاح Enter يفتح التقييم المحدد؛ F2 يعدّل بياناته؛ Delete يحذفه بعد التأكيد.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="254"/>
        <source>{answered} of {total}</source>
        <translation>{answered} من {total}</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="257"/>
        <source>{answered}, {mark} {n} to confirm</source>
        <translation>{answered}، {mark} {n} للتأكيد</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="283"/>
        <source>assessment {id}</source>
        <translation>التقييم {id}</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="284"/>
        <source>{title} {mark} follow-up of “{baseline}”</source>
        <translation>{title} {mark} متابعة لـ«{baseline}»</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="286"/>
        <source>Follow-up of “{baseline}”: {n} answers carried over from it are still to confirm</source>
        <translation>متابعة لـ«{baseline}»: ما زالت {n} إجابة منقولة منه تنتظر التأكيد</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="288"/>
        <source>Follow-up of “{baseline}”: every answer carried over from it is confirmed</source>
        <translation>متابعة لـ«{baseline}»: أُكِّدت كل الإجابات المنقولة منه</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="388"/>
        <source>Delete the assessment “{title}” ({country}) with all its answers and actions? This cannot be undone.</source>
        <translation>حذف التقييم «{title}» ({country}) مع جميع إجاباته وإجراءاته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="391"/>
        <source>Delete assessment</source>
        <translation>حذف التقييم</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="400"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../app/ui/section_tree.py" line="224"/>
        <source>&amp;Questionnaire</source>
        <translation>ال&amp;استبيان</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="225"/>
        <source>&amp;Results</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="226"/>
        <source>Ac&amp;tion plan</source>
        <translation>&amp;خطة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="227"/>
        <source>Wor&amp;kshop</source>
        <translation>ور&amp;شة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="228"/>
        <source>Questionnaire, results, action plan and workshop</source>
        <translation>الاستبيان والنتائج وخطة العمل وورشة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="266"/>
        <source>The wording of the questionnaire was improved since these answers were given ({old}; the app now uses {new}). No question changed meaning: every answer stays valid.</source>
        <translation>حُسِّنت صياغة الاستبيان منذ تقديم هذه الإجابات ({old}؛ ويستخدم التطبيق الآن {new}). لم يتغيّر معنى أي سؤال: تظل جميع الإجابات صالحة.</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="269"/>
        <source>&amp;Understood</source>
        <translation>&amp;فهمت</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="276"/>
        <source>The questionnaire changed in meaning since these answers were given (answered against {old}, scored with {new}). Questions touched ({n}): {ids}. Upgrade the assessment to carry the answers over: unchanged answers are kept, changed ones are kept and marked to review.</source>
        <translation>تغيّر معنى الاستبيان منذ تقديم هذه الإجابات (أُجيب وفق {old}، وحُسبت الدرجة وفق {new}). الأسئلة المعنية ({n}): {ids}. رقِّ التقييم لنقل الإجابات: تُحفظ الإجابات التي لم تتغيّر، وتُحفظ الإجابات المتغيّرة مع وسمها للمراجعة.</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="280"/>
        <source>&amp;Upgrade…</source>
        <translation>&amp;ترقية…</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="284"/>
        <source>These answers were given against {old}; the app now uses {new}, and cannot tell what changed between them. Answers to questions that still exist are kept; check them before reporting.</source>
        <translation>قُدِّمت هذه الإجابات وفق {old}؛ ويستخدم التطبيق الآن {new}، ولا يمكنه تحديد ما تغيّر بينهما. تُحفظ الإجابات عن الأسئلة التي ما زالت موجودة؛ تحقّق منها قبل إعداد التقرير.</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="304"/>
        <source>Upgrade from {old} to {new}:

• answers kept as they were: {kept}
• answers moved to a renamed question: {renamed}
• answers kept and marked to review: {review}
• questions removed: {removed} (answers kept in the history: {gone})
• new questions, unanswered: {added}</source>
        <translation>الترقية من {old} إلى {new}:

• إجابات محفوظة كما هي: {kept}
• إجابات نُقلت إلى سؤال أُعيدت تسميته: {renamed}
• إجابات محفوظة ومُعلَّمة للمراجعة: {review}
• أسئلة حُذفت: {removed} (إجابات محفوظة في السجل: {gone})
• أسئلة جديدة بلا إجابة: {added}</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="311"/>
        <source>Upgrade the assessment</source>
        <translation>ترقية التقييم</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="313"/>
        <source>Upgrade</source>
        <translation>ترقية</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/errors.py" line="59"/>
        <location filename="../app/ui/errors.py" line="60"/>
        <source>Hide this message</source>
        <translation>إخفاء هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="63"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../app/ui/charts.py" line="70"/>
        <source>Scores by section</source>
        <translation>الدرجات حسب القسم</translation>
    </message>
    <message>
        <location filename="../app/ui/charts.py" line="79"/>
        <source>{label}: {note}</source>
        <translation>{label}: {note}</translation>
    </message>
    <message>
        <location filename="../app/ui/charts.py" line="80"/>
        <source>{label}: score {score}, conservative {conservative}</source>
        <translation>{label}: الدرجة {score}، المتحفظة {conservative}</translation>
    </message>
    <message>
        <location filename="../app/ui/charts.py" line="170"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../app/ui/charts.py" line="171"/>
        <source>Conservative (unanswered = 0)</source>
        <translation>المتحفظة (بلا إجابة = 0)</translation>
    </message>
</context>
<context>
    <name>CarriedOverList</name>
    <message>
        <location filename="../app/ui/follow_up.py" line="156"/>
        <source>Answers carried over from the previous review: they count as unanswered until confirmed. Open each one, check it still holds, then confirm it (Ctrl+K) or change it.</source>
        <translation>إجابات منقولة من المراجعة السابقة: تُحتسب بلا إجابة إلى أن تُؤكَّد. افتح كل واحدة منها وتحقق من أنها ما زالت صحيحة، ثم أكّدها (Ctrl+K) أو غيّرها.</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="158"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="158"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="158"/>
        <source>Question text</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="159"/>
        <source>Answer carried over</source>
        <translation>الإجابة المنقولة</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="160"/>
        <source>Answers carried over, to confirm</source>
        <translation>إجابات منقولة، للتأكيد</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="161"/>
        <source>&amp;Open question</source>
        <translation>&amp;فتح السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="162"/>
        <source>&amp;Confirm all as they are…</source>
        <translation>تأ&amp;كيد الكل كما هي…</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="200"/>
        <source>Confirm all carried-over answers</source>
        <translation>تأكيد جميع الإجابات المنقولة</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="201"/>
        <source>Confirm the {n} answers carried over from the previous review as they are? They will count in the score. Confirm only what your team has checked.</source>
        <translation>هل تريد تأكيد الإجابات المنقولة من المراجعة السابقة وعددها {n} كما هي؟ ستُحتسب في الدرجة. لا تؤكّد إلا ما تحقق منه فريقك.</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="204"/>
        <source>Confirm all</source>
        <translation>تأكيد الكل</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="175"/>
        <source>Compare assessments</source>
        <translation>مقارنة التقييمات</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="176"/>
        <source>&amp;Assessments to compare (tick two or more; the first ticked in the list is the reference):</source>
        <translation>التقييمات الم&amp;راد مقارنتها (حدّد اثنين أو أكثر؛ أول تقييم محدَّد في القائمة هو المرجع):</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="178"/>
        <source>Move &amp;up</source>
        <translation>تحريك لأ&amp;على</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="179"/>
        <source>Move do&amp;wn</source>
        <translation>تحريك لأ&amp;سفل</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="180"/>
        <source>Move the selected assessment up (Alt+Up): the first ticked is the reference of every change, but a baseline always comes before its follow-up</source>
        <translation>تحريك التقييم المحدَّد إلى الأعلى (Alt+سهم لأعلى): أول تقييم محدَّد هو المرجع لكل تغيير، لكن المراجعة الأساسية تأتي دائماً قبل متابعتها</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="183"/>
        <source>Move the selected assessment down (Alt+Down)</source>
        <translation>تحريك التقييم المحدَّد إلى الأسفل (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="184"/>
        <source>Add a &amp;file…</source>
        <translation>إضافة &amp;ملف…</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="185"/>
        <source>Compare a received exchange file (.opsc) without adding it to this database</source>
        <translation>مقارنة ملف تبادل مستلَم (.opsc) دون إضافته إلى قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="187"/>
        <source>Assessments to compare</source>
        <translation>التقييمات المراد مقارنتها</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="188"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="189"/>
        <source>Changed answers</source>
        <translation>الإجابات المتغيرة</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="190"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="191"/>
        <source>Scores by section and assessment</source>
        <translation>الدرجات حسب القسم والتقييم</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="192"/>
        <source>Questions whose answer changed</source>
        <translation>الأسئلة التي تغيّرت إجابتها</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="193"/>
        <source>Progress of the action plan</source>
        <translation>تقدّم خطة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="194"/>
        <source>Export to E&amp;xcel…</source>
        <translation>تصدير إلى E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="195"/>
        <source>Export to &amp;PDF…</source>
        <translation>تصدير إلى &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="196"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="237"/>
        <source>Add an exchange file to the comparison</source>
        <translation>إضافة ملف تبادل إلى المقارنة</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="239"/>
        <source>Exchange files (*.opsc)</source>
        <translation>ملفات التبادل (*.opsc)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="252"/>
        <location filename="../app/ui/compare_dialog.py" line="259"/>
        <source>This file cannot be compared</source>
        <translation>لا يمكن مقارنة هذا الملف</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="267"/>
        <location filename="../app/ui/compare_dialog.py" line="314"/>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="269"/>
        <source>Read from the file {path}: compared only, not added to this database</source>
        <translation>مقروء من الملف {path}: للمقارنة فقط، ولم يُضَف إلى قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="357"/>
        <source>Tick at least two assessments in the list.</source>
        <translation>اختر تقييمين على الأقل من القائمة.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="368"/>
        <source>Across countries: each country&apos;s figures side by side. A difference between countries is not progress: the last column gives the spread between the highest and the lowest score.</source>
        <translation>بين البلدان: أرقام كل بلد جنباً إلى جنب. والفارق بين البلدان ليس تقدّماً: يعرض العمود الأخير المدى بين أعلى درجة وأدناها.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="372"/>
        <source>Mixed comparison: not one country in date order, nor one assessment per country. Differences are not read as progress: the last column gives the spread between the highest and the lowest score.</source>
        <translation>مقارنة مختلطة: ليست بلداً واحداً مرتّباً حسب التاريخ، ولا تقييماً واحداً لكل بلد. لا تُقرأ الفوارق على أنها تقدّم: يعرض العمود الأخير المدى بين أعلى درجة وأدناها.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="378"/>
        <source>Over time: the same country, from the first review to the last.</source>
        <translation>عبر الزمن: البلد نفسه، من المراجعة الأولى إلى الأخيرة.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="379"/>
        <source>Sections improved: {up} · regressed: {down} · unchanged: {same} · not comparable: {na}</source>
        <translation>أقسام تحسّنت: {up} · تراجعت: {down} · لم تتغير: {same} · غير قابلة للمقارنة: {na}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="392"/>
        <source>Answered against different questionnaire versions ({versions}): compared on the {n} questions they share; {m} left out.</source>
        <translation>أُجيب عنها وفق نسخ مختلفة من الاستبيان ({versions}): تجري المقارنة على الأسئلة المشتركة وعددها {n}؛ واستُبعد {m}.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="396"/>
        <source>The meaning of the questionnaire version of some assessments is not known here: they are taken as answered against the current one.</source>
        <translation>معنى نسخة الاستبيان في بعض التقييمات غير معروف هنا: تُعامل كأنها أُجيب عنها وفق النسخة الحالية.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="402"/>
        <source>{who}: {text}</source>
        <translation>{who}: {text}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="413"/>
        <source>not scored</source>
        <translation>غير مقيَّم</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="415"/>
        <source>provisional: {score}</source>
        <translation>مؤقّتة: {score}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="418"/>
        <source>conservative {k}</source>
        <translation>المتحفظة {k}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="419"/>
        <source>coverage {c}</source>
        <translation>التغطية {c}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="420"/>
        <source>Score {s} · conservative {k} · coverage {c} ({a} of {n} answered)</source>
        <translation>الدرجة {s} · المتحفظة {k} · التغطية {c} ({a} من {n} مُجاب عنها)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="424"/>
        <source>Carried over, to confirm: {n}</source>
        <translation>منقولة من المراجعة السابقة، للتأكيد: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="447"/>
        <source>Improved</source>
        <translation>تحسّن</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="449"/>
        <source>Regressed</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="451"/>
        <source>Unchanged</source>
        <translation>لم يتغير</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="453"/>
        <source>Not comparable: not scored on one side</source>
        <translation>غير قابل للمقارنة: غير مقيَّم في أحد الطرفين</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="466"/>
        <source>Not comparable: fewer than two assessments scored at two-thirds coverage or more (provisional scores are not ranked)</source>
        <translation>غير قابل للمقارنة: أقل من تقييمين لهما درجة بتغطية لا تقل عن الثلثين (لا تُرتَّب الدرجات المؤقّتة)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="384"/>
        <source>provisional, no verdict yet: {n} (answers still to confirm, or coverage under two thirds)</source>
        <translation>مؤقّتة، لا حكم بعد: {n} (إجابات ما زالت بانتظار التأكيد، أو تغطية أقل من الثلثين)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="440"/>
        <source>{n} answers still to confirm</source>
        <translation>{n} إجابة ما زالت بانتظار التأكيد</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="441"/>
        <source>coverage under two thirds</source>
        <translation>التغطية أقل من الثلثين</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="442"/>
        <source>provisional, no verdict yet</source>
        <translation>مؤقّت، لا حكم بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="443"/>
        <source>Provisional, no verdict yet: {why}</source>
        <translation>مؤقّت، لا حكم بعد: {why}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="469"/>
        <source>Highest: {high}
Lowest: {low}</source>
        <translation>الأعلى: {high}
الأدنى: {low}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="472"/>
        <source>Provisional scores (coverage under two thirds) are not ranked.</source>
        <translation>لا تُرتَّب الدرجات المؤقّتة (تغطية أقل من الثلثين).</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="474"/>
        <source>{value} pts</source>
        <translation>{value} نقطة</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="484"/>
        <location filename="../app/ui/compare_dialog.py" line="489"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="490"/>
        <source>Change
first → last</source>
        <translation>التغيّر
الأول ← الأخير</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="491"/>
        <source>Spread
highest − lowest</source>
        <translation>المدى
الأعلى − الأدنى</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="493"/>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="513"/>
        <source>no answer</source>
        <translation>بلا إجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="514"/>
        <source>(carried over, to confirm)</source>
        <translation>(منقولة، للتأكيد)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="522"/>
        <location filename="../app/ui/compare_dialog.py" line="561"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="522"/>
        <source>First → last</source>
        <translation>الأول ← الأخير</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="523"/>
        <source>Comments and reasons</source>
        <translation>التعليقات والأسباب</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="525"/>
        <source>improved</source>
        <translation>تحسّن</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="526"/>
        <source>regressed</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="527"/>
        <source>same at both ends</source>
        <translation>متطابقة في الطرفين</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="528"/>
        <location filename="../app/ui/compare_dialog.py" line="529"/>
        <source>changed</source>
        <translation>تغيّرت</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="530"/>
        <source>differs</source>
        <translation>مختلفة</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="548"/>
        <source>not applicable: {reason}</source>
        <translation>لا ينطبق: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="555"/>
        <source>Changed answers ({n})</source>
        <translation>الإجابات المتغيرة ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="561"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="561"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="561"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="563"/>
        <source>The action plan&apos;s progress is shown for a review and its follow-up.</source>
        <translation>يظهر تقدّم خطة العمل لمراجعة ومتابعتها.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="568"/>
        <source>As of {date}: done {done} · late {late} · in progress {doing} · not started {todo}</source>
        <translation>حتى {date}: منجزة {done} · متأخرة {late} · قيد التنفيذ {doing} · لم تبدأ {todo}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="572"/>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="572"/>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="573"/>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="573"/>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="591"/>
        <source>Export the comparison to Excel</source>
        <translation>تصدير المقارنة إلى Excel</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="591"/>
        <source>Export the comparison to PDF</source>
        <translation>تصدير المقارنة إلى PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="592"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="592"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="603"/>
        <source>The comparison could not be written</source>
        <translation>تعذّرت كتابة المقارنة</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="52"/>
        <source>Someone else changed this answer</source>
        <translation>غيّر شخص آخر هذه الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="54"/>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="55"/>
        <source>{who} saved the answer to {question} on {when}, after you opened it. Nothing has been overwritten yet. Compare the two versions and choose the one to keep.</source>
        <translation>حفظ {who} الإجابة عن {question} في {when}، بعد أن فتحتَها. لم يُستبدَل شيء بعد. قارن بين النسختين واختر النسخة التي تريد الاحتفاظ بها.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="58"/>
        <source>an unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="63"/>
        <source>Keep &amp;my version</source>
        <translation>الاحتفاظ ب&amp;نسختي</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="64"/>
        <source>Your version replaces theirs; theirs stays in this window until you close it</source>
        <translation>تحلّ نسختك محلّ نسختهم؛ وتبقى نسختهم ظاهرة في هذه النافذة حتى تغلقها</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="66"/>
        <source>Keep &amp;their version</source>
        <translation>الاحتفاظ بن&amp;سختهم</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="67"/>
        <source>Your unsaved changes to this answer are dropped</source>
        <translation>تُتجاهَل تعديلاتك غير المحفوظة على هذه الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="77"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="77"/>
        <source>Reason for N/A</source>
        <translation>سبب «لا ينطبق»</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="77"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="78"/>
        <source>Legal provision</source>
        <translation>الحكم القانوني</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="78"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="79"/>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="84"/>
        <source>(no answer)</source>
        <translation>(لا إجابة)</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="94"/>
        <source>Their version ({who})</source>
        <translation>نسختهم ({who})</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="94"/>
        <source>Your version</source>
        <translation>نسختك</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="69"/>
        <source>Type to search, e.g. Morocco</source>
        <translation>اكتب للبحث، مثال: المغرب</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../app/ui/crash.py" line="38"/>
        <source>Something unexpected went wrong. The answers saved so far are safe: each one is saved the moment it is given. What you were doing last may not have been finished; please check it.

The details were written to the log file:
{path}

You can keep working. If this happens again, send that file to the person who supports the app (it holds no answers).</source>
        <translation>حدثت مشكلة غير متوقعة. الإجابات المحفوظة حتى الآن في أمان: تُحفظ كل إجابة لحظة إعطائها. ربما لم يكتمل آخر ما كنت تفعله؛ يُرجى التحقق منه.

كُتبت التفاصيل في ملف السجل:
{path}

يمكنك مواصلة العمل. إن تكرر ذلك، أرسل هذا الملف إلى الشخص الذي يدعم التطبيق (لا يحتوي على أي إجابات).</translation>
    </message>
    <message>
        <location filename="../app/ui/crash.py" line="68"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
</context>
<context>
    <name>Crosswalk</name>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="75"/>
        <source>no question maps here</source>
        <translation>لا يرتبط بها أي سؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="81"/>
        <source>not scored yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="85"/>
        <source>Questions map here, but none of them is answered on the scale yet</source>
        <translation>ترتبط بها أسئلة، لكن لم يُجب عن أي منها على السُّلَّم بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="98"/>
        <source>Proxy: based on 1 question only.</source>
        <translation>مؤشر تقريبي: يستند إلى سؤال واحد فقط.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="100"/>
        <source>Proxy: based on 2 questions only.</source>
        <translation>مؤشر تقريبي: يستند إلى سؤالين فقط.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="101"/>
        <source>Proxy: based on {n} questions only.</source>
        <translation>مؤشر تقريبي: يستند إلى {n} أسئلة فقط.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="119"/>
        <source>{mark} provisional: fewer than two thirds of its applicable questions answered (no band yet).</source>
        <translation>{mark} مؤقّتة: أُجيب عن أقل من ثلثي أسئلتها المنطبقة (بلا مستوى بعد).</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="124"/>
        <source>{mark} before a name: to be read with care (the reason is in its tooltip).</source>
        <translation>{mark} قبل الاسم: يُقرأ بحذر (السبب في تلميحه).</translation>
    </message>
</context>
<context>
    <name>CrosswalkPanel</name>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="334"/>
        <source>&amp;Open question</source>
        <translation>&amp;فتح السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="335"/>
        <source>Questions driving the gap of the selected capability</source>
        <translation>الأسئلة المسببة لفجوة القدرة المختارة</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="339"/>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="339"/>
        <source>Capability</source>
        <translation>القدرة</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="341"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="341"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="341"/>
        <source>Conservative</source>
        <translation>المتحفظة</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="343"/>
        <source>Scores by ICMEC / REPERES legislative criterion</source>
        <translation>الدرجات حسب المعايير التشريعية ICMEC / REPERES</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="344"/>
        <source>Scores by MNR capability</source>
        <translation>الدرجات حسب قدرات نموذج الاستجابة الوطنية</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="358"/>
        <source>{name}
Questions tagged with it: {n} (a question tagged with several counts in each)</source>
        <translation>{name}
الأسئلة المرتبطة بها: {n} (يُحتسب السؤال المرتبط بعدة عناصر في كل منها)</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="362"/>
        <location filename="../app/ui/crosswalk_view.py" line="440"/>
        <source>Read with care: {reason}</source>
        <translation>يُقرأ بحذر: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="366"/>
        <source>No question of this questionnaire is tagged with it</source>
        <translation>لا يرتبط بها أي سؤال من أسئلة هذا الاستبيان</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="450"/>
        <source>… and {n} more questions with a gap: see the “Gaps to close” tab.</source>
        <translation>… و{n} سؤالاً آخر فيها فجوة: انظر تبويب «الفجوات المطلوب سدّها».</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="456"/>
        <source>{id} · {answer} · weight × gap {value}</source>
        <translation>{id} · {answer} · الوزن × الفجوة {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="423"/>
        <source>Questions driving the gap</source>
        <translation>الأسئلة المسببة للفجوة</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="427"/>
        <source>No question of this questionnaire maps to this criterion: the self-assessment says nothing about it.</source>
        <translation>لا يرتبط بهذا المعيار أي سؤال من أسئلة الاستبيان: التقييم الذاتي لا يقول عنه شيئاً.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="429"/>
        <source>No question of this questionnaire maps to this capability: the self-assessment says nothing about it.</source>
        <translation>لا يرتبط بهذه القدرة أي سؤال من أسئلة الاستبيان: التقييم الذاتي لا يقول عنها شيئاً.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="432"/>
        <source>No gap among the answered questions.</source>
        <translation>لا فجوة في الأسئلة المجاب عنها.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="434"/>
        <source>Largest weight × gap first: closing these would raise this score most.</source>
        <translation>الأكبر من حيث «الوزن × الفجوة» أولاً: سدّها يرفع هذه الدرجة أكثر من غيرها.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="437"/>
        <source>Answered {a} of {n} applicable questions.</source>
        <translation>أُجيب عن {a} من {n} من الأسئلة المنطبقة.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/ui/errors.py" line="85"/>
        <source>Errors in the questionnaire in {path} (total: {n}):</source>
        <translation>أخطاء في الاستبيان الموجود في {path} (المجموع: {n}):</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="96"/>
        <source>Assessments cannot be opened until the file is fixed. Correct the files listed, then check them with: python -m app validate {path}. Your saved answers are not affected.</source>
        <translation>لا يمكن فتح التقييمات قبل إصلاح الملف. صحّح الملفات المذكورة، ثم تحقّق منها بالأمر: python -m app validate {path}. إجاباتك المحفوظة لن تتأثر.</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="155"/>
        <source>The file {path} could not be opened: {detail}. It has not been changed.</source>
        <translation>تعذّر فتح الملف {path}: {detail}. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="200"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="172"/>
        <location filename="../app/ui/file_dialogs.py" line="254"/>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="175"/>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="176"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="195"/>
        <source>S&amp;ummary only: leave out the question-by-question part</source>
        <translation>ال&amp;ملخص فقط: دون الجزء الخاص بكل سؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="196"/>
        <source>The cover, summary, results, action plan and method — a few pages instead of dozens, for a first reading or an early draft</source>
        <translation>الغلاف والملخص والنتائج وخطة العمل والمنهجية — صفحات قليلة بدلاً من العشرات، لقراءة أولى أو لمسودة مبكرة</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="198"/>
        <source>Add the audit &amp;trail: every change, when, who, from what to what</source>
        <translation>أضف سجل ال&amp;تدقيق: كل تغيير، ومتى، ومن، ومن أي قيمة إلى أي قيمة</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="199"/>
        <source>An annex listing every recorded change, and whether the trail still matches the answers (see “History and its check” in the user guide)</source>
        <translation>ملحق يسرد كل تغيير مسجَّل، ويبيّن هل ما زال السجل مطابقاً للإجابات (انظر «السجلّ والتحقق منه» في دليل المستخدم)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="201"/>
        <source>&amp;Workshop annex: contributors, agreement by section, questions in dispute</source>
        <translation>مرفق ورشة ال&amp;عمل: المساهمون، والتوافق حسب القسم، والأسئلة محل الخلاف</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="205"/>
        <source>&amp;Browse…</source>
        <translation>استع&amp;راض…</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="220"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="221"/>
        <source>Report &amp;language:</source>
        <translation>&amp;لغة التقرير:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="222"/>
        <source>Confidentiality &amp;marking:</source>
        <translation>درجة ال&amp;سرية:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="223"/>
        <source>&amp;Save as:</source>
        <translation>&amp;حفظ باسم:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="231"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="231"/>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="232"/>
        <source>Confidentiality marking</source>
        <translation>درجة السرية</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="232"/>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="235"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="253"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="253"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="266"/>
        <source>Choose where to save the report.</source>
        <translation>اختر مكان حفظ التقرير.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="280"/>
        <source>The report could not be written: {reason}</source>
        <translation>تعذّرت كتابة التقرير: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="103"/>
        <source>Report written</source>
        <translation>كُتب التقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="104"/>
        <source>The report was written:</source>
        <translation>كُتب التقرير في:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="108"/>
        <source>File written</source>
        <translation>الملف المكتوب</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="114"/>
        <source>Open the &amp;file</source>
        <translation>فتح ال&amp;ملف</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="115"/>
        <source>Open the f&amp;older</source>
        <translation>فتح الم&amp;جلد</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="118"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="133"/>
        <source>It could not be opened from here (no application for it?). Its path is above: select it and copy it.</source>
        <translation>تعذّر فتحه من هنا (لا يوجد تطبيق لهذا النوع من الملفات؟). مساره مكتوب أعلاه: حدّده وانسخه.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="410"/>
        <source>Import answers</source>
        <translation>استيراد الإجابات</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="411"/>
        <source>Answer files (*.csv *.xlsx);;CSV files (*.csv);;Excel answer templates (*.xlsx)</source>
        <translation>ملفات الإجابات (*.csv *.xlsx);;ملفات CSV (*.csv);;نماذج إجابات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="423"/>
        <source>The file could not be read: {reason}</source>
        <translation>تعذّرت قراءة الملف: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="434"/>
        <source>Save the answer template</source>
        <translation>حفظ نموذج الإجابات</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="435"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="443"/>
        <source>The template could not be written: {reason}</source>
        <translation>تعذّرت كتابة النموذج: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../app/ui/help.py" line="256"/>
        <source>Welcome</source>
        <translation>مرحباً</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="257"/>
        <source>OPSC self-assessment</source>
        <translation>التقييم الذاتي لتنفيذ البروتوكول الاختياري</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="258"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="260"/>
        <source>This tool helps a country review, question by question, how it implements the {treaty} (OPSC), following the Guidelines of the Committee on the Rights of the Child ({symbol}). It is a self-assessment: the answers are yours.</source>
        <translation>تساعد هذه الأداة البلد على أن يراجع، سؤالاً بسؤال، كيف ينفّذ {treaty} (OPSC)، وفقاً للمبادئ التوجيهية للجنة حقوق الطفل ({symbol}). إنه تقييم ذاتي: الإجابات إجاباتكم.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="264"/>
        <source>Your data stays on this computer</source>
        <translation>تبقى بياناتك على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="265"/>
        <source>Every answer is saved at once in this folder. Back it up like any other important file:</source>
        <translation>تُحفظ كل إجابة فوراً في هذا المجلد. احتفظ بنسخة احتياطية منه كأي ملف مهم آخر:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="267"/>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="268"/>
        <source>The tool never uses the network: nothing is sent anywhere, and there is no telemetry.</source>
        <translation>لا تستخدم الأداة الشبكة أبداً: لا يُرسل أي شيء إلى أي جهة، ولا يوجد أي قياس عن بُعد.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="271"/>
        <source>How to start</source>
        <translation>كيف تبدأ</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="273"/>
        <source>Create an assessment: country, date and the people taking part.</source>
        <translation>أنشئ تقييماً: البلد والتاريخ والأشخاص المشاركون.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="274"/>
        <source>Answer section by section. Keys 1 to 6 choose an answer; every answer is saved at once.</source>
        <translation>أجب قسماً بعد قسم. تختار المفاتيح من 1 إلى 6 الإجابة؛ وتُحفظ كل إجابة فوراً.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="275"/>
        <source>Look at the results: scores by section, gaps, and an action plan.</source>
        <translation>اطّلع على النتائج: الدرجات حسب القسم، والفجوات، وخطة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="276"/>
        <source>Export a report to Excel or PDF, in English, French or Arabic.</source>
        <translation>صدّر تقريراً بصيغة Excel أو PDF، بالإنجليزية أو الفرنسية أو العربية.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="278"/>
        <source>&amp;Don&apos;t show this again at start-up</source>
        <translation>&amp;عدم العرض مجدداً عند بدء التشغيل</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="279"/>
        <source>User &amp;guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="280"/>
        <source>&amp;Start</source>
        <translation>ا&amp;بدأ</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="297"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="298"/>
        <source>The folder could not be opened. Its path is:
{path}</source>
        <translation>تعذّر فتح المجلد. مساره هو:
{path}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../app/ui/follow_up.py" line="46"/>
        <source>Start a follow-up review</source>
        <translation>بدء مراجعة متابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="48"/>
        <source>A new assessment of the same country starts from the answers of “{title}”. Each answer is marked “carried over — to confirm”: it shows the earlier answer but does not count until someone confirms it or changes it. The weights and the action plan (with each action&apos;s status) come along; the earlier review stays as it is.</source>
        <translation>يبدأ تقييم جديد للبلد نفسه من إجابات «{title}». وتُوسم كل إجابة بعبارة «منقولة — للتأكيد»: فهي تُظهر الإجابة السابقة لكنها لا تُحتسب إلى أن يؤكدها أحد أو يغيّرها. وتُنقل الأوزان وخطة العمل (مع حالة كل إجراء)؛ وتبقى المراجعة السابقة كما هي.</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="53"/>
        <source>&amp;Title of the follow-up:</source>
        <translation>&amp;عنوان المتابعة:</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="56"/>
        <source>Title of the follow-up</source>
        <translation>عنوان المتابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="59"/>
        <source>&amp;Date of the follow-up:</source>
        <translation>&amp;تاريخ المتابعة:</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="64"/>
        <source>Date of the follow-up</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="68"/>
        <source>Not before the date of the earlier review ({date})</source>
        <translation>لا يسبق تاريخ التقييم السابق ({date})</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="77"/>
        <source>&amp;Start the follow-up</source>
        <translation>&amp;بدء المتابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="78"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="93"/>
        <source>Give the follow-up a title.</source>
        <translation>أعطِ المتابعة عنواناً.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../app/ui/i18n.py" line="170"/>
        <source>not scored</source>
        <translation>غير مقيَّم</translation>
    </message>
</context>
<context>
    <name>FrameworkCharts</name>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="606"/>
        <source>Score by MNR capability</source>
        <translation>الدرجة حسب قدرات نموذج الاستجابة الوطنية</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="607"/>
        <source>Score by ICMEC / REPERES legislative criterion</source>
        <translation>الدرجة حسب المعايير التشريعية ICMEC / REPERES</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="609"/>
        <source>Scores by ICMEC / REPERES legislative criterion</source>
        <translation>الدرجات حسب المعايير التشريعية ICMEC / REPERES</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="608"/>
        <source>Scores by MNR capability</source>
        <translation>الدرجات حسب قدرات نموذج الاستجابة الوطنية</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="378"/>
        <source>Answers of a group</source>
        <translation>إجابات فريق</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="379"/>
        <source>Who filled in {name}? Their answers are received as a contribution under this name:</source>
        <translation>من عبّأ {name}؟ تُستلم إجاباته مساهمةً بهذا الاسم:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="383"/>
        <source>Name of the group</source>
        <translation>اسم الفريق</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="386"/>
        <source>Institution of the group</source>
        <translation>مؤسسة الفريق</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="387"/>
        <source>e.g. Ministry of Justice</source>
        <translation>مثلاً: وزارة العدل</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="389"/>
        <source>&amp;Group:</source>
        <translation>ال&amp;فريق:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="390"/>
        <source>&amp;Institution:</source>
        <translation>الم&amp;ؤسسة:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="392"/>
        <source>Receive</source>
        <translation>استلام</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="393"/>
        <source>Skip this file</source>
        <translation>تجاوز هذا الملف</translation>
    </message>
</context>
<context>
    <name>GroupedScores</name>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="538"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="539"/>
        <source>MNR capabilities (WePROTECT)</source>
        <translation>قدرات نموذج الاستجابة الوطنية (WePROTECT)</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="540"/>
        <source>ICMEC / REPERES legislative criteria</source>
        <translation>المعايير التشريعية ICMEC / REPERES</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="551"/>
        <source>Sections follow the Guidelines. The other views group the same answers, scored the same way, by WePROTECT Model National Response capability or by ICMEC / REPERES legislative criterion: a question tagged with several counts in each, so those groups overlap. Of the 16 legislative criteria, five come from the ICMEC Global Review of model legislation and eleven from the REPERES report&apos;s criteria for efficient legislation, which draw on other sources such as the Lanzarote Convention. A group marked * is to be read with care: its tooltip says why.</source>
        <translation>تتبع الأقسام المبادئ التوجيهية. أما طرق العرض الأخرى فتجمع الإجابات نفسها، محسوبة بالطريقة نفسها، حسب قدرات نموذج الاستجابة الوطنية لتحالف WePROTECT أو حسب المعايير التشريعية ICMEC / REPERES: ويُحتسب السؤال المرتبط بعدة عناصر في كل منها، لذا تتداخل هذه المجموعات. ومن المعايير التشريعية الستة عشر، خمسة مأخوذة من الاستعراض العالمي للتشريع النموذجي الذي أعده المركز الدولي ICMEC، وأحد عشر من معايير التشريع الفعال في تقرير REPERES، التي تستند إلى مصادر أخرى مثل اتفاقية لانزاروته. وتُقرأ المجموعة المعلَّمة بالعلامة * بحذر، ويبيّن تلميحها السبب.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="543"/>
        <source>Show scores &amp;by:</source>
        <translation>عرض ال&amp;درجات حسب:</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="544"/>
        <source>View the scores by</source>
        <translation>عرض الدرجات حسب</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../app/ui/history_dialog.py" line="76"/>
        <source>History of {question}</source>
        <translation>سجل {question}</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="70"/>
        <source>History of the assessment “{title}”</source>
        <translation>سجل التقييم «{title}»</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="71"/>
        <source>Every change to the details of the assessment and to the weights of its questions, the newest first (each question&apos;s answer and actions: History… on its page, Ctrl+H). The history is kept with the assessment, and can be checked against what is stored at any time (see “History and its check” in the user guide).</source>
        <translation>كل تغيير في بيانات التقييم وفي أوزان أسئلته، الأحدث أولاً (إجابة كل سؤال وإجراءاته: زر «السجل…» في صفحته، Ctrl+H). يُحفظ السجل مع التقييم، ويمكن التحقق في أي وقت من مطابقته لما هو محفوظ (انظر «السجلّ والتحقق منه» في دليل المستخدم).</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="77"/>
        <source>Every change to the answer, the weight and the actions of {question}, the newest first. The history is kept with the assessment, and can be checked against the answers at any time (see “History and its check” in the user guide).</source>
        <translation>كل تغيير في إجابة السؤال {question} ووزنه وإجراءاته، الأحدث أولاً. يُحفظ السجل مع التقييم، ويمكن التحقق في أي وقت من مطابقته للإجابات (انظر «السجلّ والتحقق منه» في دليل المستخدم).</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>From</source>
        <translation>من القيمة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>To</source>
        <translation>إلى القيمة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>By</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="94"/>
        <source>History of the answer</source>
        <translation>سجل الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="96"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="107"/>
        <source>No change has been recorded for this assessment yet.</source>
        <translation>لم يُسجَّل أي تعديل على هذا التقييم بعد.</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="108"/>
        <source>No change has been recorded for this question yet.</source>
        <translation>لم يُسجَّل أي تغيير لهذا السؤال بعد.</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="127"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="127"/>
        <source>Reason it does not apply</source>
        <translation>سبب عدم الانطباق</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="128"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="128"/>
        <source>Legal provision</source>
        <translation>النص القانوني</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="129"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="129"/>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="130"/>
        <source>Institution to ask</source>
        <translation>المؤسسة التي يُرجع إليها</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="130"/>
        <source>To review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="131"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="131"/>
        <source>Reason for the weight</source>
        <translation>سبب الوزن</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="135"/>
        <source>Action “{action}”: {field}</source>
        <translation>الإجراء «{action}»: {field}</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="137"/>
        <source>{field} of {question}</source>
        <translation>{field} لـ {question}</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="139"/>
        <source>{field} (state when the history began)</source>
        <translation>{field} (الحالة عند بدء السجل)</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="141"/>
        <source>{field} (removed)</source>
        <translation>{field} (محذوف)</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="156"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="156"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="162"/>
        <source>Validated</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="162"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="170"/>
        <source>the window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="170"/>
        <source>an import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="171"/>
        <source>a merged contribution</source>
        <translation>مساهمة مدمجة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="171"/>
        <source>a questionnaire upgrade</source>
        <translation>ترقية الاستبيان</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="172"/>
        <source>a follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="172"/>
        <source>the command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="173"/>
        <source>a restored backup</source>
        <translation>نسخة احتياطية مستعادة</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="173"/>
        <source>the database upgrade</source>
        <translation>ترقية قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <location filename="../app/ui/help.py" line="130"/>
        <source>Who you are</source>
        <translation>من أنت</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="132"/>
        <source>Your name is recorded with every change you make (the history of each answer) and written in the files you share. Left empty, the computer&apos;s login name is used. On a shared server, your server login is recorded instead.</source>
        <translation>يُسجَّل اسمك مع كل تعديل تجريه (سجلّ كل إجابة) ويُكتب في الملفات التي تشاركها. إذا تُرك فارغًا، يُستخدم اسم الدخول إلى الحاسوب. أما على خادم مشترك، فيُسجَّل اسم دخولك إلى الخادم.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="135"/>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="136"/>
        <source>Your &amp;institution:</source>
        <translation>م&amp;ؤسستك:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="137"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="138"/>
        <source>Your institution</source>
        <translation>مؤسستك</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="139"/>
        <source>e.g. Ministry of Justice</source>
        <translation>مثلاً: وزارة العدل</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="373"/>
        <source>reason for N/A</source>
        <translation>سبب «لا ينطبق»</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="373"/>
        <source>comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="378"/>
        <source>Import answers: check before applying</source>
        <translation>استيراد الإجابات: راجِع قبل التطبيق</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="381"/>
        <source>{file} — answers in the file: {n}, different from now: {changed}. Apply?</source>
        <translation>{file} — عدد الإجابات في الملف: {n}، المختلفة عن الإجابات الحالية: {changed}. هل تريد تطبيقها؟</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="385"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="385"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="385"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="386"/>
        <source>After import</source>
        <translation>بعد الاستيراد</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="386"/>
        <source>Also changes</source>
        <translation>يغيّر أيضاً</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="388"/>
        <source>Answers that would be imported</source>
        <translation>الإجابات التي ستُستورد</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="398"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="345"/>
        <source>The file was not imported</source>
        <translation>لم يُستورد الملف</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="348"/>
        <source>Nothing was changed. Correct these problems (total: {n}) in the file and import it again:</source>
        <translation>لم يُغيَّر أي شيء. صحّح هذه المشكلات (المجموع: {n}) في الملف ثم استورده من جديد:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="359"/>
        <source>Problems found in the file</source>
        <translation>المشكلات التي وُجدت في الملف</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="84"/>
        <location filename="../app/ui/main_window.py" line="467"/>
        <source>OPSC self-assessment</source>
        <translation>التقييم الذاتي لتنفيذ البروتوكول الاختياري</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="110"/>
        <source>Opening your assessments…</source>
        <translation>جارٍ فتح تقييماتك…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="151"/>
        <source>The last change was not saved</source>
        <translation>لم يُحفظ التعديل الأخير</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="154"/>
        <source>Changes cannot be saved</source>
        <translation>لا يمكن حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="236"/>
        <location filename="../app/ui/main_window.py" line="253"/>
        <source>All changes are saved automatically</source>
        <translation>تُحفظ كل التعديلات تلقائياً</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="237"/>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="258"/>
        <source>🔒 Read-only: changes cannot be saved</source>
        <translation>🔒 للقراءة فقط: لا يمكن حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="267"/>
        <source>Server: {where}</source>
        <translation>الخادم: {where}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="268"/>
        <source>Shared database on a server: {where}
Changes are recorded under your user name.</source>
        <translation>قاعدة بيانات مشتركة على خادم: {where}
تُسجَّل التعديلات باسم المستخدم الخاص بك.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="274"/>
        <source>File: {name}</source>
        <translation>الملف: {name}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="275"/>
        <source>Assessment file: {path}
Data folder: {home}</source>
        <translation>ملف التقييمات: {path}
مجلد البيانات: {home}</translation>
    </message>
    <message>
        <location filename="../app/ui/selftest.py" line="120"/>
        <location filename="../app/ui/main_window.py" line="290"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="291"/>
        <source>&amp;New assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="295"/>
        <source>&amp;Open database file…</source>
        <translation>&amp;فتح ملف تقييمات…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="296"/>
        <source>Open another assessment file</source>
        <translation>فتح ملف تقييمات آخر</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="297"/>
        <source>New data&amp;base file…</source>
        <translation>&amp;ملف تقييمات جديد…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="298"/>
        <source>Start a new, empty assessment file</source>
        <translation>بدء ملف تقييمات جديد فارغ</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="299"/>
        <source>&amp;Restore a backup…</source>
        <translation>استعادة نسخة ا&amp;حتياطية…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="300"/>
        <source>Put back the content of an automatic backup; the current file is backed up first</source>
        <translation>إعادة محتوى نسخة احتياطية تلقائية؛ يُحفظ الملف الحالي احتياطياً أولاً</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="302"/>
        <source>Connect to a ser&amp;ver…</source>
        <translation>الا&amp;تصال بخادم…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="303"/>
        <source>Work on assessments shared on a PostgreSQL server</source>
        <translation>العمل على تقييمات مشتركة على خادم PostgreSQL</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="305"/>
        <source>&amp;Import answers (CSV/Excel)…</source>
        <translation>ا&amp;ستيراد الإجابات (CSV/Excel)…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="306"/>
        <source>Answer &amp;template (Excel)…</source>
        <translation>&amp;نموذج الإجابات (Excel)…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="307"/>
        <source>S&amp;hare assessment…</source>
        <translation>مشا&amp;ركة التقييم…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="308"/>
        <source>Write an exchange file to hand the assessment to a workshop participant, or your answers to the facilitator</source>
        <translation>كتابة ملف تبادل لتسليم التقييم إلى مشارك في ورشة العمل، أو لتسليم إجاباتك إلى الميسّر</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="310"/>
        <source>Rec&amp;eive files…</source>
        <translation>است&amp;لام ملفات…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="311"/>
        <source>Add assessments and contributions from exchange files and filled answer templates</source>
        <translation>إضافة تقييمات ومساهمات من ملفات التبادل ونماذج الإجابات المعبَّأة</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="314"/>
        <source>Export to E&amp;xcel…</source>
        <translation>تصدير إلى E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="315"/>
        <source>Export to &amp;PDF…</source>
        <translation>تصدير إلى &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="317"/>
        <source>&amp;Close assessment</source>
        <translation>إ&amp;غلاق التقييم</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="318"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="319"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="320"/>
        <source>&amp;Assessment</source>
        <translation>ال&amp;تقييم</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="321"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;تعديل البيانات…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="322"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="324"/>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="325"/>
        <source>Who changed the details and the weights of the assessment, when, from what to what</source>
        <translation>من عدّل بيانات التقييم وأوزانه، ومتى، ومن أي قيمة إلى أي قيمة</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="328"/>
        <source>Start a follow-&amp;up…</source>
        <translation>&amp;بدء متابعة…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="329"/>
        <source>A new review of the same country that starts from this one&apos;s answers, to confirm</source>
        <translation>مراجعة جديدة للبلد نفسه تنطلق من إجابات هذه المراجعة، للتأكيد</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="330"/>
        <source>&amp;Compare assessments…</source>
        <translation>م&amp;قارنة التقييمات…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="331"/>
        <source>Two or more assessments side by side</source>
        <translation>تقييمان أو أكثر جنباً إلى جنب</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="332"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="333"/>
        <source>&amp;Go</source>
        <translation>انتقا&amp;ل</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="341"/>
        <source>&amp;Questionnaire</source>
        <translation>ال&amp;استبيان</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="341"/>
        <source>&amp;Results</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="341"/>
        <source>Ac&amp;tion plan</source>
        <translation>&amp;خطة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="342"/>
        <source>Wor&amp;kshop</source>
        <translation>ور&amp;شة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="345"/>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="348"/>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="350"/>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="351"/>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="435"/>
        <source>“Don&apos;t know”: {n} ({key})</source>
        <translation>«لا أعرف»: {n} ({key})</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="438"/>
        <source>to confirm: {n} ({key})</source>
        <translation>للتأكيد: {n} ({key})</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="440"/>
        <source>Unanswered: 0 ·</source>
        <translation>بلا إجابة: 0 ·</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="334"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="224"/>
        <source>Not done: {what}. What you typed could not be saved first, so it would have been missing; the reason is shown at the top of the window and your text is still on screen. Try again once it is saved.</source>
        <translation>لم يُنفَّذ: {what}. تعذّر حفظ ما كتبته أولاً، فكان سيغيب عن الملف؛ السبب مبيَّن أعلى النافذة ونصّك ما زال ظاهراً على الشاشة. أعد المحاولة بعد حفظه.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="335"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="336"/>
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="363"/>
        <source>Next &amp;unanswered question</source>
        <translation>السؤال التالي &amp;بلا إجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="364"/>
        <source>The next question without an answer, wrapping round at the end</source>
        <translation>السؤال التالي الذي لا إجابة له، مع العودة إلى البداية بعد الأخير</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="365"/>
        <source>&amp;Previous unanswered question</source>
        <translation>السؤال ال&amp;سابق بلا إجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="367"/>
        <source>Next “&amp;Don&apos;t know” answer</source>
        <translation>إجابة «&amp;لا أعرف» التالية</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="368"/>
        <source>The next question answered “Don&apos;t know”, to complete it later</source>
        <translation>السؤال التالي الذي أُجيب عنه بـ«لا أعرف»، لاستكماله لاحقاً</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="369"/>
        <source>Next &amp;carried-over answer</source>
        <translation>الإجابة الم&amp;نقولة التالية</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="370"/>
        <source>The next answer carried over from the previous review, to confirm or change</source>
        <translation>الإجابة التالية المنقولة من المراجعة السابقة، لتأكيدها أو تغييرها</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="372"/>
        <source>Next d&amp;isagreement</source>
        <translation>ال&amp;خلاف التالي</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="373"/>
        <source>In the workshop view, the next question where the contributors disagree and no decision was taken</source>
        <translation>في عرض الورشة، السؤال التالي الذي يختلف فيه المساهمون ولم يُتخذ فيه قرار</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="375"/>
        <source>Previous disa&amp;greement</source>
        <translation>الخلا&amp;ف السابق</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="380"/>
        <source>&amp;Next section</source>
        <translation>القسم ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="381"/>
        <source>P&amp;revious section</source>
        <translation>ال&amp;قسم السابق</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="392"/>
        <source>No question is left where the contributors disagree without a decision.</source>
        <translation>لم يبقَ سؤال يختلف فيه المساهمون دون قرار.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="430"/>
        <source>Every question has an answer.</source>
        <translation>لكل الأسئلة إجابة.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="409"/>
        <source>No question is answered “Don&apos;t know”.</source>
        <translation>لا يوجد سؤال أُجيب عنه بـ«لا أعرف».</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="410"/>
        <source>No answer is left to confirm.</source>
        <translation>لم تبقَ أي إجابة للتأكيد.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="411"/>
        <source>This is the last section.</source>
        <translation>هذا هو القسم الأخير.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="412"/>
        <source>This is the first section.</source>
        <translation>هذا هو القسم الأول.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="473"/>
        <source>{title} — {country} · {app}</source>
        <translation>{title} — {country} · {app}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="557"/>
        <source>✓ Saved at {time}</source>
        <translation>✓ حُفظ في {time}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="576"/>
        <source>Not saved: this file is read-only</source>
        <translation>لم يُحفظ: هذا الملف للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="579"/>
        <source>⚠ Not saved</source>
        <translation>⚠ لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="600"/>
        <source>Save answer template</source>
        <translation>حفظ نموذج إجابات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="608"/>
        <source>Share for a workshop</source>
        <translation>مشاركة لورشة عمل</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="612"/>
        <source>Exchange file written: {path}</source>
        <translation>كُتب ملف التبادل: {path}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="625"/>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="628"/>
        <source>Report written: {path}</source>
        <translation>كُتب التقرير: {path}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="726"/>
        <source>The user guide is not available in this build.</source>
        <translation>دليل المستخدم غير متوفر في هذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="736"/>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="736"/>
        <source>OPSC self-assessment {version}
Data folder: {home}</source>
        <translation>التقييم الذاتي لتنفيذ البروتوكول الاختياري {version}
مجلد البيانات: {home}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="766"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="767"/>
        <source>The last change could not be saved (see the message at the top of the window). Close anyway and lose it?</source>
        <translation>تعذّر حفظ التعديل الأخير (انظر الرسالة أعلى النافذة). هل تريد الإغلاق على أي حال وفقدانه؟</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="39"/>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="40"/>
        <source>Internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="41"/>
        <source>Restricted</source>
        <translation>مقيَّد</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="42"/>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="331"/>
        <source>Protected file</source>
        <translation>ملف محمي</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="332"/>
        <source>The file {name} is protected. Type its passphrase:</source>
        <translation>الملف {name} محمي. اكتب عبارة المرور الخاصة به:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="334"/>
        <source>Wrong passphrase (or the file was changed since it was written). Try again, or skip this file.</source>
        <translation>عبارة المرور غير صحيحة (أو تغيّر الملف منذ كتابته). أعد المحاولة، أو تجاوز هذا الملف.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="340"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="341"/>
        <source>&amp;Passphrase:</source>
        <translation>عبارة ال&amp;مرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="343"/>
        <source>S&amp;how the passphrase</source>
        <translation>إ&amp;ظهار عبارة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="347"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="348"/>
        <source>Skip this file</source>
        <translation>تجاوز هذا الملف</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../app/ui/progress_text.py" line="20"/>
        <source>Answered {answered} of {applicable}</source>
        <translation>تمت الإجابة على {answered} من {applicable}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="23"/>
        <source>{n} carried over, to confirm</source>
        <translation>{n} منقولة، للتأكيد</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="31"/>
        <source>Unanswered: {n}</source>
        <translation>بلا إجابة: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="32"/>
        <source>Don&apos;t know: {n}</source>
        <translation>لا أعرف: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="33"/>
        <source>Not applicable, with a reason: {n}</source>
        <translation>لا ينطبق، مع السبب: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="34"/>
        <source>Not applicable, reason still missing: {n}</source>
        <translation>لا ينطبق، والسبب لم يُكتب بعد: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="36"/>
        <source>Carried over, to confirm: {n}</source>
        <translation>منقولة من المراجعة السابقة، للتأكيد: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="38"/>
        <source>To review after a questionnaire update: {n}</source>
        <translation>للمراجعة بعد تحديث الاستبيان: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="47"/>
        <source>provisional: {score}</source>
        <translation>مؤقّتة: {score}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="57"/>
        <source>no band (provisional)</source>
        <translation>بلا مستوى (مؤقّتة)</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="58"/>
        <source>no band: coverage under two thirds</source>
        <translation>بلا مستوى: التغطية أقل من الثلثين</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../app/ui/question_page.py" line="88"/>
        <source>Section introduction</source>
        <translation>مقدمة القسم</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="91"/>
        <source>Show or hide the section introduction</source>
        <translation>إظهار مقدمة القسم أو إخفاؤها</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="97"/>
        <source>Position in the section</source>
        <translation>الموضع في القسم</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="107"/>
        <location filename="../app/ui/question_page.py" line="109"/>
        <source>Guidance</source>
        <translation>إرشادات</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="129"/>
        <location filename="../app/ui/question_page.py" line="476"/>
        <source>(English — no translation)</source>
        <translation>(بالإنجليزية — لا توجد ترجمة)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="150"/>
        <location filename="../app/ui/question_page.py" line="523"/>
        <source>Answer (keys 1–6)</source>
        <translation>الإجابة (المفاتيح 1–6)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="162"/>
        <source>{meaning}. Key {n}, or Alt+{n} from a text box</source>
        <translation>{meaning}. المفتاح {n}، أو Alt+{n} من داخل مربع نص</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="175"/>
        <source>Clear answer</source>
        <translation>مسح الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="176"/>
        <source>Clear the answer</source>
        <translation>مسح الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="185"/>
        <source>the measure exists and works</source>
        <translation>التدبير موجود ويعمل</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="186"/>
        <source>it exists, with minor shortcomings</source>
        <translation>موجود مع نواقص طفيفة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="187"/>
        <source>some elements exist; important parts are missing</source>
        <translation>بعض العناصر موجودة وتنقص أجزاء مهمة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="188"/>
        <source>nothing yet</source>
        <translation>لا شيء حتى الآن</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="189"/>
        <source>does not concern your country; a reason is required</source>
        <translation>لا يخص بلدك؛ ذكر السبب مطلوب</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="190"/>
        <source>no one present could answer; counts as unanswered</source>
        <translation>لا أحد من الحاضرين يستطيع الإجابة؛ يُحتسب بلا إجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="201"/>
        <source>To review: this question changed meaning when the questionnaire was updated. The answer given before is kept; check that it still holds, then mark it as reviewed (answering again also does).</source>
        <translation>للمراجعة: تغيّر معنى هذا السؤال عند تحديث الاستبيان. الإجابة السابقة محفوظة؛ تحقّق من أنها ما زالت صحيحة، ثم علِّمها بأنها رُوجعت (وتكفي الإجابة مجدداً أيضاً).</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="204"/>
        <source>Mark as re&amp;viewed</source>
        <translation>تعليم بأنها رُو&amp;جعت</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="219"/>
        <source>↻ Carried over from the previous review — to confirm. The answer below is the one given last time; it does not count until you confirm it (Ctrl+K) or change it.</source>
        <translation>↻ منقولة من المراجعة السابقة — للتأكيد. الإجابة أدناه هي التي قُدّمت في المرة السابقة؛ ولا تُحتسب إلى أن تؤكدها (Ctrl+K) أو تغيّرها.</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="221"/>
        <source>Confirm: &amp;keep this answer</source>
        <translation>تأكيد: إ&amp;بقاء هذه الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="222"/>
        <source>The answer still holds: count it (Ctrl+K)</source>
        <translation>الإجابة ما زالت صحيحة: احتسبها (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="256"/>
        <source>&amp;Institution best placed to answer (for the follow-up list):</source>
        <translation>ال&amp;جهة الأقدر على الإجابة (لقائمة المتابعة):</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="258"/>
        <source>e.g. Ministry of the Interior, statistics office</source>
        <translation>مثلاً: وزارة الداخلية، مكتب الإحصاء</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="259"/>
        <source>Institution best placed to answer</source>
        <translation>الجهة الأقدر على الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="270"/>
        <source>&amp;Why does this question not apply? (required)</source>
        <translation>&amp;لماذا لا ينطبق هذا السؤال؟ (مطلوب)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="272"/>
        <source>Reason why the question does not apply</source>
        <translation>سبب عدم انطباق السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="274"/>
        <source>“Not applicable” needs a reason: until one is written, the question counts as unanswered.</source>
        <translation>يتطلب خيار «لا ينطبق» ذكر سبب: إلى أن يُكتب، يُحتسب السؤال بلا إجابة.</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="288"/>
        <source>e.g. Penal Code, art. {article}</source>
        <translation>مثال: القانون الجنائي، المادة {article}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="292"/>
        <source>— not stated —</source>
        <translation>— غير محدد —</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="302"/>
        <source>C&amp;onfidence in this answer:</source>
        <translation>درجة ال&amp;ثقة في هذه الإجابة:</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="303"/>
        <source>&amp;Evidence (documents, data, sources):</source>
        <translation>الأ&amp;دلة (وثائق، بيانات، مصادر):</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="304"/>
        <source>Co&amp;mment:</source>
        <translation>تعلي&amp;ق:</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="309"/>
        <source>Confidence in this answer</source>
        <translation>درجة الثقة في هذه الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="310"/>
        <source>Declared, documented or verified</source>
        <translation>مُعلَن أو موثَّق أو متحقَّق منه</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="311"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="312"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="313"/>
        <source>Legal provision: statute and article</source>
        <translation>الحكم القانوني: النص والمادة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="321"/>
        <source>&amp;Previous</source>
        <translation>السا&amp;بق</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="322"/>
        <source>&amp;Next</source>
        <translation>التال&amp;ي</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="328"/>
        <source>Previous question (Page Up)</source>
        <translation>السؤال السابق (Page Up)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="329"/>
        <source>Next question (Page Down or Ctrl+Enter)</source>
        <translation>السؤال التالي (Page Down أو Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="330"/>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="331"/>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="337"/>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="338"/>
        <source>Who changed this answer, when, from what to what (Ctrl+H)</source>
        <translation>من غيّر هذه الإجابة ومتى، ومن أي قيمة إلى أي قيمة (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="339"/>
        <source>History of this answer</source>
        <translation>سجل هذه الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="442"/>
        <source>Question {n} of {total} in this section · {id}</source>
        <translation>السؤال {n} من {total} في هذا القسم · {id}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="445"/>
        <source>Question {id}</source>
        <translation>السؤال {id}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="449"/>
        <source>The Guidelines ask with words of different force (the State must, urges, should, encourages…). A firmer request weighs more in the score: a question that counts 2× moves the score twice as much as one that counts 1×.</source>
        <translation>تطلب المبادئ التوجيهية بألفاظ متفاوتة القوة (يجب على الدولة، تحثّ، ينبغي، تشجّع…). والطلب الأقوى يزن أكثر في الدرجة: السؤال الذي يُحتسب 2× يحرّك الدرجة ضعف ما يحرّكها سؤال يُحتسب 1×.</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="454"/>
        <source>&lt;b&gt;&amp;Legal provision — statute and article that give effect to this (asked by this question):&lt;/b&gt;</source>
        <translation>&lt;b&gt;ال&amp;حكم القانوني — النص والمادة اللذان يُنفّذان ذلك (يطلبه هذا السؤال):&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="456"/>
        <source>&amp;Legal provision (statute and article), if any:</source>
        <translation>ال&amp;حكم القانوني (النص والمادة)، إن وُجد:</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="471"/>
        <source>Question {n} / {total}</source>
        <translation>السؤال {n} / {total}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="479"/>
        <source>must</source>
        <translation>يجب</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="479"/>
        <source>reminds</source>
        <translation>يذكّر</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="479"/>
        <source>urges</source>
        <translation>يحث</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="480"/>
        <source>should</source>
        <translation>ينبغي</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="480"/>
        <source>recommends</source>
        <translation>يوصي</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="481"/>
        <source>encourages</source>
        <translation>يشجّع</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="482"/>
        <source>Guidelines {paragraphs}</source>
        <translation>المبادئ التوجيهية {paragraphs}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="484"/>
        <source>OPSC art. {articles}</source>
        <translation>البروتوكول الاختياري، المادة {articles}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="485"/>
        <source>The Guidelines’ request: “{strength}” — counts {weight}× in the score</source>
        <translation>طلب المبادئ التوجيهية: «{strength}» — يُحتسب {weight}× في الدرجة</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="489"/>
        <source>Tags: {tags}</source>
        <translation>الوسوم: {tags}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="522"/>
        <source>Answer (keys 1–6) — carried over, to confirm</source>
        <translation>الإجابة (المفاتيح 1–6) — منقولة، للتأكيد</translation>
    </message>
</context>
<context>
    <name>QuestionnaireProblemsDialog</name>
    <message>
        <location filename="../app/ui/errors.py" line="107"/>
        <source>The questionnaire has errors</source>
        <translation>الاستبيان يحتوي على أخطاء</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="109"/>
        <source>The questionnaire in {path} has errors (total: {n}). The app has started, but assessments cannot be opened until the file is fixed.</source>
        <translation>يحتوي الاستبيان الموجود في {path} على أخطاء (المجموع: {n}). بدأ التطبيق، لكن لا يمكن فتح التقييمات قبل إصلاح الملف.</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="116"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="116"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="116"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="116"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="117"/>
        <source>Problems in the questionnaire files</source>
        <translation>مشكلات في ملفات الاستبيان</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../app/ui/charts.py" line="226"/>
        <source>Scores by chapter</source>
        <translation>الدرجات حسب الفصل</translation>
    </message>
    <message>
        <location filename="../app/ui/charts.py" line="230"/>
        <source>{label}: {score}</source>
        <translation>{label}: {score}</translation>
    </message>
</context>
<context>
    <name>ReceiveFiles</name>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="453"/>
        <source>Wrong passphrase, {n} times: the file was left aside.</source>
        <translation>عبارة مرور غير صحيحة {n} مرات: تُرك الملف جانباً.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="515"/>
        <source>Receive files</source>
        <translation>استلام ملفات</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="516"/>
        <source>Exchange files and answer templates (*.opsc *.xlsx);;Exchange files (*.opsc);;Excel answer templates (*.xlsx)</source>
        <translation>ملفات التبادل ونماذج الإجابات (*.opsc *.xlsx);;ملفات التبادل (*.opsc);;نماذج إجابات Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReceiveSummary</name>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="535"/>
        <source>Files received</source>
        <translation>الملفات المستلمة</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="538"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="538"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="543"/>
        <source>What became of each file</source>
        <translation>ما آل إليه كل ملف</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="559"/>
        <source>Files: {n} — new assessments: {added}, contributions: {contributions}, refused: {refused}, left aside: {skipped}. A refused file changed nothing.</source>
        <translation>الملفات: {n} — تقييمات جديدة: {added}، مساهمات: {contributions}، مرفوضة: {refused}، متروكة جانباً: {skipped}. الملف المرفوض لم يغيّر شيئاً.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="565"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="583"/>
        <source>Added: a new assessment, “{title}”</source>
        <translation>أُضيف: تقييم جديد، «{title}»</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="586"/>
        <source>Contribution from {by} to “{title}”</source>
        <translation>مساهمة من {by} في «{title}»</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="588"/>
        <source>(replaces the one from {was}, sent from the same computer; kept in the history)</source>
        <translation>(تحلّ محلّ مساهمة {was} المرسلة من الحاسوب نفسه؛ وتبقى في السجل)</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="591"/>
        <source>(replaces their earlier one, kept in the history)</source>
        <translation>(تحلّ محل مساهمته السابقة المحفوظة في السجل)</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="595"/>
        <source>another computer&apos;s contribution under the name {by} stays beside it, shown with a number; ask each group to write its own name when it shares</source>
        <translation>تبقى مساهمة حاسوب آخر باسم {by} إلى جانبها وتظهر برقم؛ اطلب من كل مجموعة أن تكتب اسمها عند المشاركة</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="599"/>
        <source>another participant already sent answers under the name {by} from another computer: both are kept, shown with a number; ask each group to write its own name when it shares</source>
        <translation>سبق أن أرسل مشارك آخر إجابات باسم {by} من حاسوب آخر: احتُفظ بالاثنتين وتظهران برقم؛ اطلب من كل مجموعة أن تكتب اسمها عند المشاركة</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="604"/>
        <source>Left aside: no passphrase or name given</source>
        <translation>تُرك جانباً: لم تُعطَ عبارة مرور ولا اسم</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="605"/>
        <source>Refused, nothing changed: {reason}</source>
        <translation>مرفوض، ولم يتغيّر شيء: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportFields</name>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="270"/>
        <source>Draft (not validated yet)</source>
        <translation>مسودة (لم تُعتمد بعد)</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="271"/>
        <source>Validated</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="273"/>
        <source>Name and function, e.g. A. Koné, Director of Human Rights</source>
        <translation>الاسم والوظيفة، مثلاً: أ. كوني، مدير حقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="277"/>
        <source>One a line: ministries, courts, police, NGOs, UN agencies…</source>
        <translation>واحدة في كل سطر: الوزارات، المحاكم، الشرطة، المنظمات غير الحكومية، وكالات الأمم المتحدة…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="278"/>
        <source>Who answered, in which meetings or workshops, between which dates, with which documents</source>
        <translation>من أجاب، وفي أي اجتماعات أو ورش عمل، وبين أي تاريخين، وبأي وثائق</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="280"/>
        <source>The key findings, in your own words: printed at the top of the report&apos;s summary</source>
        <translation>أهم الاستنتاجات بكلماتكم: تُطبع في أعلى ملخص التقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="282"/>
        <source>What the assessment could not cover or verify</source>
        <translation>ما لم يستطع التقييم تغطيته أو التحقق منه</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="300"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="300"/>
        <source>Status of the report</source>
        <translation>حالة التقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="301"/>
        <source>Validated &amp;by:</source>
        <translation>اعتم&amp;ده:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="301"/>
        <source>Who validated the report</source>
        <translation>من اعتمد التقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="302"/>
        <source>Validated o&amp;n:</source>
        <translation>&amp;يوم الاعتماد:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="302"/>
        <source>Date of validation</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="303"/>
        <source>&amp;Institutions consulted:</source>
        <translation>المؤسسات التي است&amp;شيرت:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="303"/>
        <source>Institutions consulted</source>
        <translation>المؤسسات التي استُشيرت</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="304"/>
        <source>How the assessment was carried out</source>
        <translation>كيف أُجري التقييم</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="304"/>
        <source>&amp;How the assessment was carried out:</source>
        <translation>&amp;كيف أُجري التقييم:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="305"/>
        <source>&amp;Key findings:</source>
        <translation>&amp;أهم الاستنتاجات:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="305"/>
        <source>Key findings</source>
        <translation>أهم الاستنتاجات</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="306"/>
        <source>&amp;Limitations:</source>
        <translation>&amp;قيود التقييم:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="306"/>
        <source>Limitations</source>
        <translation>قيود التقييم</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="84"/>
        <location filename="../app/ui/backups_dialog.py" line="158"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="88"/>
        <source>The file is damaged. Choose a backup to put in its place; the damaged file is moved, unchanged, to the backups folder (ending in “-damaged”), so nothing is lost.</source>
        <translation>الملف تالف. اختر نسخة احتياطية لتحلّ محلّه؛ يُنقل الملف التالف كما هو إلى مجلد النسخ الاحتياطية (ينتهي اسمه بـ «-damaged»)، فلا يضيع شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="91"/>
        <source>Backups are made automatically at the first change of each day and before each import or upgrade. Choose one to put its content back; the current file is backed up first, so nothing is lost.</source>
        <translation>تُنشأ النسخ الاحتياطية تلقائياً عند أول تغيير في كل يوم وقبل كل استيراد أو ترقية. اختر إحداها لإعادة محتواها؛ يُحفظ الملف الحالي احتياطياً أولاً، فلا يضيع شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="98"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="98"/>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="98"/>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="99"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="100"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="115"/>
        <source>There are no backups of this file yet.</source>
        <translation>لا توجد بعد نسخ احتياطية لهذا الملف.</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="118"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="130"/>
        <source>first change of the day</source>
        <translation>أول تغيير في اليوم</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="130"/>
        <source>before an import</source>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="131"/>
        <source>before an upgrade</source>
        <translation>قبل ترقية</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="131"/>
        <source>before a merge</source>
        <translation>قبل دمج</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="132"/>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="132"/>
        <source>by hand</source>
        <translation>يدوياً</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="137"/>
        <source>cannot be read: {reason}</source>
        <translation>تتعذّر قراءتها: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="139"/>
        <source>no assessments</source>
        <translation>لا تقييمات</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="140"/>
        <source>{title} ({country}): {n} answered</source>
        <translation>{title} ({country}): {n} إجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="153"/>
        <source>Put the backup of {date} in place of the damaged file? Changes made after {date} are not in it.</source>
        <translation>هل تضع النسخة الاحتياطية المؤرخة {date} محلّ الملف التالف؟ التغييرات التي أُجريت بعد {date} ليست فيها.</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="156"/>
        <source>Put back the content of the backup of {date}? The current file is backed up first, so this can be undone from this same list.</source>
        <translation>هل تريد إعادة محتوى النسخة الاحتياطية المؤرخة {date}؟ يُحفظ الملف الحالي احتياطياً أولاً، فيمكن التراجع من هذه القائمة نفسها.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../app/ui/results.py" line="297"/>
        <source>Adjust &amp;weights…</source>
        <translation>تعديل الأ&amp;وزان…</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="298"/>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="299"/>
        <source>Score by section</source>
        <translation>الدرجة حسب القسم</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="300"/>
        <source>Score by chapter</source>
        <translation>الدرجة حسب الفصل</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="302"/>
        <source>Gaps to close</source>
        <translation>الفجوات المطلوب سدّها</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="304"/>
        <location filename="../app/ui/results.py" line="322"/>
        <location filename="../app/ui/results.py" line="334"/>
        <location filename="../app/ui/results.py" line="339"/>
        <location filename="../app/ui/results.py" line="344"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="304"/>
        <location filename="../app/ui/results.py" line="344"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="304"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="304"/>
        <source>Conservative</source>
        <translation>المتحفظة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="304"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="305"/>
        <source>Band</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="305"/>
        <source>Evidence: declared · documented · verified</source>
        <translation>الأدلة: مُعلَن · موثَّق · متحقَّق منه</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="316"/>
        <source>Scores by section</source>
        <translation>الدرجات حسب القسم</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="317"/>
        <source>&amp;Section:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="318"/>
        <source>Co&amp;nfidence:</source>
        <translation>درجة ال&amp;ثقة:</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="319"/>
        <source>&amp;Open question</source>
        <translation>&amp;فتح السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="320"/>
        <source>&amp;Create action…</source>
        <translation>إنشاء إ&amp;جراء…</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="322"/>
        <location filename="../app/ui/results.py" line="334"/>
        <location filename="../app/ui/results.py" line="339"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="322"/>
        <location filename="../app/ui/results.py" line="339"/>
        <source>Question text</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="322"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="322"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="323"/>
        <source>Weight × gap</source>
        <translation>الوزن × الفجوة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="323"/>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="324"/>
        <source>How firmly the Guidelines ask: a question of weight 2 counts twice as much as one of weight 1</source>
        <translation>مدى قوة طلب المبادئ التوجيهية: السؤال ذو الوزن 2 يُحتسب ضعف السؤال ذي الوزن 1</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="326"/>
        <source>Weight × gap: the weight times what is missing (not in place 1, partially 2/3, largely 1/3). The largest come first: they would raise the score most</source>
        <translation>الوزن × الفجوة: الوزن مضروباً في ما ينقص (غير قائم 1، جزئياً 2/3، إلى حد كبير 1/3). الأكبر يأتي أولاً: فهو الذي يرفع الدرجة أكثر من غيره</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="331"/>
        <source>Gaps to close, largest weight × gap first</source>
        <translation>الفجوات المطلوب سدّها، بدءاً بأكبر ناتج للوزن × الفجوة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="332"/>
        <location filename="../app/ui/results.py" line="441"/>
        <source>Changed weights</source>
        <translation>الأوزان المعدَّلة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="334"/>
        <source>Questionnaire weight</source>
        <translation>وزن الاستبيان</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="334"/>
        <source>Weight used</source>
        <translation>الوزن المستخدم</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="335"/>
        <source>Reason recorded</source>
        <translation>السبب المسجَّل</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="336"/>
        <source>Weights changed for this assessment, with their reasons</source>
        <translation>الأوزان المعدَّلة لهذا التقييم، مع أسبابها</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="340"/>
        <source>Institution best placed to answer</source>
        <translation>الجهة الأقدر على الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="341"/>
        <location filename="../app/ui/results.py" line="458"/>
        <source>Questions answered “Don&apos;t know”, to follow up</source>
        <translation>الأسئلة التي أُجيب عنها بـ«لا أعرف»، للمتابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="342"/>
        <source>Workshop agreement</source>
        <translation>توافق ورشة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="344"/>
        <source>All agree</source>
        <translation>إجماع</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="344"/>
        <source>Disagree</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="344"/>
        <source>One answer</source>
        <translation>إجابة واحدة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="345"/>
        <source>No answer</source>
        <translation>لا إجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="345"/>
        <source>Agreement</source>
        <translation>التوافق</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="346"/>
        <source>The share of the questions answered by two contributors or more on which they all gave the same answer</source>
        <translation>نسبة الأسئلة التي أجاب عنها مساهمان أو أكثر وقدّموا جميعاً الإجابة نفسها</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="351"/>
        <source>How far the workshop&apos;s contributors agreed, by section</source>
        <translation>مدى توافق المساهمين في ورشة العمل، حسب القسم</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="360"/>
        <source>All sections</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="364"/>
        <source>Any confidence</source>
        <translation>أي درجة ثقة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="367"/>
        <source>Confidence not given</source>
        <translation>درجة الثقة غير محددة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="412"/>
        <source>{u} of the {n} questions answered by two contributors or more</source>
        <translation>{u} من {n} أسئلة أجاب عنها مساهمان أو أكثر</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="414"/>
        <source>No question answered by two contributors or more</source>
        <translation>لا يوجد سؤال أجاب عنه مساهمان أو أكثر</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="435"/>
        <source>(no reason recorded)</source>
        <translation>(لم يُسجَّل أي سبب)</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="440"/>
        <source>Changed weights ({n})</source>
        <translation>الأوزان المعدَّلة ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="463"/>
        <source>Overall score</source>
        <translation>الدرجة الإجمالية</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="463"/>
        <source>No assessment is open.</source>
        <translation>لا يوجد تقييم مفتوح.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="464"/>
        <source>Coverage: {cov} of applicable questions answered ({a} of {n})</source>
        <translation>التغطية: تمت الإجابة على {cov} من الأسئلة المنطبقة ({a} من {n})</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="477"/>
        <source>Conservative score (unanswered counted as 0): {c}</source>
        <translation>الدرجة المتحفظة (تُحتسب الأسئلة بلا إجابة صفراً): {c}</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="483"/>
        <source>Coverage: the share of the applicable questions that have an answer; with low coverage the score is provisional. Score: how far the measures asked about are in place, over the answered questions (fully 100, largely 67, partially 33, not 0), firmer requests of the Guidelines weighing more. Conservative: the same with every unanswered question counted as 0.</source>
        <translation>التغطية: نسبة الأسئلة المنطبقة التي لها إجابة؛ وإذا كانت منخفضة فالدرجة مؤقتة. الدرجة: مدى وجود التدابير المطلوبة، على الأسئلة المُجاب عنها (بالكامل 100، إلى حد كبير 67، جزئياً 33، غير قائم 0)، والطلبات الأقوى في المبادئ التوجيهية تزن أكثر. المتحفظة: الحساب نفسه مع احتساب كل سؤال بلا إجابة صفراً.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="489"/>
        <source>Overall score {s}, {band}</source>
        <translation>الدرجة الإجمالية {s}، {band}</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="305"/>
        <source>Equal
weights</source>
        <translation>أوزان
متساوية</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="301"/>
        <source>Score tables</source>
        <translation>جداول الدرجات</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="308"/>
        <source>The score with every question weighing the same: if it differs much from the score, the weights decide the result</source>
        <translation>الدرجة لو تساوت أوزان كل الأسئلة: إذا اختلفت كثيراً عن الدرجة فالأوزان هي التي تحدد النتيجة</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="310"/>
        <source>How the answers of the section are backed: declared (someone says so), documented (a text shows it), verified (checked independently); shares of the answered questions</source>
        <translation>على ماذا تستند إجابات القسم: مُعلَن (يقول ذلك أحدهم)، موثَّق (يُثبته نص)، متحقَّق منه (تم التحقق منه بشكل مستقل)؛ نسب الأسئلة المُجاب عنها</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="337"/>
        <location filename="../app/ui/results.py" line="457"/>
        <source>Don&apos;t know ({n})</source>
        <translation>لا أعرف ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="395"/>
        <source>To confirm ({n})</source>
        <translation>للتأكيد ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="396"/>
        <source>Answers carried over from the earlier assessment, still to confirm</source>
        <translation>إجابات منقولة من التقييم السابق، لم تُؤكَّد بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="502"/>
        <source>{mark} Weights changed for this assessment: {n} (marked {mark}; see “Changed weights”). Overall score with the questionnaire&apos;s own weights: {own}.</source>
        <translation>{mark} أوزان عُدِّلت لهذا التقييم: {n} (مُعلَّمة بـ{mark}؛ انظر «الأوزان المعدَّلة»). الدرجة الإجمالية بأوزان الاستبيان الأصلية: {own}.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="507"/>
        <source>The band is the level the score reaches (minimal, initial, developing, established, advanced; see the methodology in the report). “No band”: fewer than two thirds of the applicable questions are answered, too few to give a level.</source>
        <translation>المستوى هو الدرجة التي تبلغها النتيجة (ضئيل، أوّلي، قيد التطوير، راسخ، متقدّم؛ انظر المنهجية في التقرير). «بلا مستوى»: أُجيب عن أقل من ثلثي الأسئلة المنطبقة، وهذا أقل من أن يُحدَّد مستوى.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="512"/>
        <source>The share of the applicable questions (all but “Not applicable”) that have an answer. “Don&apos;t know” counts as unanswered.</source>
        <translation>نسبة الأسئلة المنطبقة (كلها ما عدا «لا ينطبق») التي لها إجابة. «لا أعرف» تُحتسب بلا إجابة.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="516"/>
        <source>How far the measures asked about are in place, over the answered questions only: fully in place counts 100, largely 67, partially 33, not in place 0; each question weighs as firmly as the Guidelines ask (must, should, encourages…).</source>
        <translation>مدى وجود التدابير المطلوبة، على الأسئلة المُجاب عنها فقط: القائم بالكامل يُحتسب 100، وإلى حد كبير 67، وجزئياً 33، وغير القائم 0؛ ويزن كل سؤال بقدر قوة طلب المبادئ التوجيهية (يجب، ينبغي، تشجّع…).</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="521"/>
        <source>The score if every unanswered question were “not in place”: the lowest the score can be once everything is answered.</source>
        <translation>الدرجة لو كان كل سؤال بلا إجابة «غير قائم»: أدنى ما يمكن أن تبلغه الدرجة بعد الإجابة عن كل شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="545"/>
        <source>Weights changed for: {ids}</source>
        <translation>أوزان عُدِّلت للأسئلة: {ids}</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="593"/>
        <source>Questionnaire weight {a}, changed to {b}</source>
        <translation>وزن الاستبيان {a}، عُدِّل إلى {b}</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="597"/>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="600"/>
        <source>Among the ten largest gaps with the questionnaire&apos;s weight (rank {rank}): still shown here although its weight was lowered.</source>
        <translation>من بين الفجوات العشر الكبرى بوزن الاستبيان (المرتبة {rank}): يبقى معروضاً هنا رغم تخفيض وزنه.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="607"/>
        <source>not given</source>
        <translation>غير محددة</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <location filename="../app/ui/section_tree.py" line="72"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="72"/>
        <source>Answered</source>
        <translation>مُجاب عنها</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="73"/>
        <source>Questions answered, out of the questions that apply</source>
        <translation>الأسئلة المُجاب عنها، من بين الأسئلة المنطبقة</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="79"/>
        <source>Chapters and sections</source>
        <translation>الفصول والأقسام</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="80"/>
        <source>Choose a section to answer its questions</source>
        <translation>اختر قسماً للإجابة عن أسئلته</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="180"/>
        <source>{mark} {n}: answers carried over from the earlier assessment, still to confirm</source>
        <translation>{mark} {n}: إجابات منقولة من التقييم السابق، لم تُؤكَّد بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="161"/>
        <source>Contributors disagree, not decided: {c} · disagree, decided: {d} · all agree: {u} · one answer only: {s} · no answer: {n}</source>
        <translation>اختلاف لم يُحسم: {c} · اختلاف حُسم: {d} · اتفاق الجميع: {u} · إجابة واحدة فقط: {s} · لا إجابة: {n}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../app/ui/server_dialog.py" line="24"/>
        <source>Connect to a server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="26"/>
        <source>Work on assessments shared on a PostgreSQL server. Your password is asked each time and is never saved. Ask the server&apos;s administrator for these details.</source>
        <translation>اعمل على تقييمات مشتركة على خادم PostgreSQL. تُطلب كلمة المرور في كل مرة ولا تُحفَظ أبدًا. اطلب هذه البيانات من مسؤول الخادم.</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="48"/>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="49"/>
        <source>&amp;Port:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="50"/>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="51"/>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="52"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="53"/>
        <source>&amp;Encryption:</source>
        <translation>ال&amp;تشفير:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="58"/>
        <source>&amp;Connect</source>
        <translation>ات&amp;صال</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="71"/>
        <source>Encrypted (TLS)</source>
        <translation>مشفّر (TLS)</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="72"/>
        <source>Encrypted, server certificate and name checked</source>
        <translation>مشفّر، مع التحقق من شهادة الخادم واسمه</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="73"/>
        <source>Encrypted, server certificate checked</source>
        <translation>مشفّر، مع التحقق من شهادة الخادم</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="74"/>
        <source>Encrypted if the server offers it</source>
        <translation>مشفّر إن كان الخادم يتيح ذلك</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="75"/>
        <source>Not encrypted (trusted network only)</source>
        <translation>غير مشفّر (لشبكة موثوقة فقط)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/help.py" line="486"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="487"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="488"/>
        <source>&amp;Text size:</source>
        <translation>&amp;حجم النص:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="495"/>
        <source>Reports can be exported in any language, whatever the interface language.</source>
        <translation>يمكن تصدير التقارير بأي لغة، مهما كانت لغة الواجهة.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="498"/>
        <source>The new language is used as soon as you press OK.</source>
        <translation>تُستخدم اللغة الجديدة بمجرد الضغط على «موافق».</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="500"/>
        <source>The new language takes effect when the application restarts.</source>
        <translation>ستُطبَّق اللغة الجديدة عند إعادة تشغيل التطبيق.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="520"/>
        <source>Restart</source>
        <translation>إعادة التشغيل</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="521"/>
        <source>The new language takes effect when the application restarts. Your answers are already saved. Restart now?</source>
        <translation>ستُطبَّق اللغة الجديدة عند إعادة تشغيل التطبيق. إجاباتك محفوظة بالفعل. هل تريد إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="523"/>
        <source>Restart &amp;now</source>
        <translation>إعادة التشغيل &amp;الآن</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="524"/>
        <source>&amp;Later</source>
        <translation>&amp;لاحقاً</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="97"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="110"/>
        <location filename="../app/ui/exchange_dialogs.py" line="278"/>
        <source>Share assessment</source>
        <translation>مشاركة التقييم</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="112"/>
        <source>Your name, as the author of the file</source>
        <translation>اسمك بوصفك كاتب الملف</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="114"/>
        <source>Your institution</source>
        <translation>مؤسستك</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="115"/>
        <source>e.g. Ministry of Justice</source>
        <translation>مثلاً: وزارة العدل</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="116"/>
        <source>The &amp;whole assessment</source>
        <translation>التقييم &amp;كاملاً</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="117"/>
        <source>Only the sections &amp;checked below (a group working on some chapters)</source>
        <translation>الأقسام المحدَّدة أد&amp;ناه فقط (فريق يعمل على بعض الفصول)</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="126"/>
        <source>You were handed out only these sections: {sections}. They are checked; choose the whole assessment to send every section.</source>
        <translation>وُزّعت عليك هذه الأقسام فقط: {sections}. وهي محددة؛ اختر التقييم كله لإرسال كل الأقسام.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="132"/>
        <source>Answers outside these sections are not sent unless you choose the whole assessment: {n} ({ids})</source>
        <translation>إجابات خارج هذه الأقسام لا تُرسَل إلا إذا اخترت التقييم كله: {n} ({ids})</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="141"/>
        <source>&amp;Protect the file with a passphrase</source>
        <translation>حماية الملف ب&amp;عبارة مرور</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="144"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="144"/>
        <source>Passphrase again</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="158"/>
        <source>This file would carry none of your own answers (every answer is as it was handed out, or blank): the facilitator would receive it as bringing nothing. Answer the questions first, or choose other sections.</source>
        <translation>لن يحمل هذا الملف أي إجابة من إجاباتك (كل إجابة كما وُزّعت، أو فارغة): سيستلمه الميسّر ملفاً لا يضيف شيئاً. أجب عن الأسئلة أولاً، أو اختر أقساماً أخرى.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="169"/>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="180"/>
        <source>The hand-out you received was protected with a passphrase: protect what you send back too (agree on the passphrase with the facilitator).</source>
        <translation>كانت النسخة الموزّعة التي استلمتها محمية بعبارة مرور: احمِ ما تعيده أيضاً (اتفق على عبارة المرور مع الميسّر).</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="185"/>
        <source>The hand-out you received was protected with a passphrase, but this file will not be: anyone who gets it can read the answers.</source>
        <translation>كانت النسخة الموزّعة التي استلمتها محمية بعبارة مرور، لكن هذا الملف لن يكون محمياً: يستطيع كل من يحصل عليه قراءة الإجابات.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="201"/>
        <source>Sections to share</source>
        <translation>الأقسام المراد مشاركتها</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="220"/>
        <source>&amp;Your name (author of the file):</source>
        <translation>ا&amp;سمك (كاتب الملف):</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="221"/>
        <source>&amp;Institution:</source>
        <translation>الم&amp;ؤسسة:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="223"/>
        <source>&amp;Browse…</source>
        <translation>استع&amp;راض…</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="227"/>
        <source>&amp;Save as:</source>
        <translation>&amp;حفظ باسم:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="231"/>
        <source>P&amp;assphrase:</source>
        <translation>عبارة ال&amp;مرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="232"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>&amp;تأكيد عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="233"/>
        <source>Whoever receives the file needs the passphrase to open it: give it to them by another way than the file (in person, by phone). It cannot be recovered if lost.</source>
        <translation>يحتاج من يستلم الملف إلى عبارة المرور لفتحه: أعطه إياها بوسيلة غير الملف (شخصياً أو بالهاتف). ولا يمكن استرجاعها إذا فُقدت.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="238"/>
        <source>Share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="239"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="279"/>
        <source>Exchange files (*.opsc)</source>
        <translation>ملفات التبادل (*.opsc)</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="286"/>
        <source>Write your name: whoever receives the file sees who it comes from.</source>
        <translation>اكتب اسمك: يرى من يستلم الملف ممن ورد.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="289"/>
        <source>Check at least one section, or choose the whole assessment.</source>
        <translation>حدّد قسماً واحداً على الأقل، أو اختر التقييم كاملاً.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="292"/>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>يجب ألا تقل عبارة المرور عن {n} أحرف.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="294"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>عبارتا المرور مختلفتان: اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="296"/>
        <source>Choose where to save the file.</source>
        <translation>اختر مكان حفظ الملف.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="313"/>
        <source>The file could not be written: {reason}</source>
        <translation>تعذّرت كتابة الملف: {reason}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../app/ui/controller.py" line="545"/>
        <source>This file is open read-only: you can read and export the assessments, but changes are not saved.</source>
        <translation>هذا الملف مفتوح للقراءة فقط: يمكنك قراءة التقييمات وتصديرها، لكن التغييرات لا تُحفظ.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="548"/>
        <source>The disk holding {path} is full. Free some space, then open the file again.</source>
        <translation>القرص الذي يحتوي على {path} ممتلئ. حرّر بعض المساحة، ثم افتح الملف من جديد.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="565"/>
        <source>The disk is full: the last change could not be saved. Free some space; what you typed stays on screen and is saved again once there is room.</source>
        <translation>القرص ممتلئ: تعذّر حفظ التعديل الأخير. أفرغ بعض المساحة؛ يبقى ما كتبته على الشاشة وسيُحفظ من جديد عند توفر المساحة.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="567"/>
        <source>The file {path} is damaged and cannot be opened. It has not been changed. Open a backup from the backups folder, or start a new file.</source>
        <translation>الملف {path} تالف ولا يمكن فتحه. لم يُغيَّر الملف. افتح نسخة احتياطية من مجلد backups، أو ابدأ ملفاً جديداً.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="569"/>
        <source>The file {path} was written by a newer version of this app. It has not been changed. Update the app to open it, or open another file.</source>
        <translation>كُتب الملف {path} بإصدار أحدث من هذا التطبيق. لم يُغيَّر الملف. حدّث التطبيق لفتحه، أو افتح ملفاً آخر.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="571"/>
        <source>The server {path} could not be reached or refused the connection: {detail}. Check the address and the network.</source>
        <translation>تعذّر الوصول إلى الخادم {path} أو رفض الاتصال: {detail}. تحقّق من العنوان ومن الشبكة.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="573"/>
        <source>The server address {path} cannot be used as written: {detail}. Nothing was tried; correct the address.</source>
        <translation>لا يمكن استخدام عنوان الخادم {path} كما هو مكتوب: {detail}. لم تتم أي محاولة اتصال؛ صحّح العنوان.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="575"/>
        <source>The server {path} did not accept the user name and password. Check them and try again.</source>
        <translation>لم يقبل الخادم {path} اسم المستخدم وكلمة المرور. تحقّق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="577"/>
        <source>The database {path} has an older schema, and your account may not upgrade it. Ask the server&apos;s administrator to upgrade it (see docs/server.md).</source>
        <translation>لقاعدة البيانات {path} مخطط أقدم، ولا يحق لحسابك ترقيته. اطلب من مسؤول الخادم ترقيته (انظر docs/server.md).</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="580"/>
        <source>The server {path} refused the change: your account is not allowed to make it. Ask the server&apos;s administrator.</source>
        <translation>رفض الخادم {path} التعديل: لا يحق لحسابك إجراؤه. راجع مسؤول الخادم.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="582"/>
        <source>Someone else changed this record on {path} since it was loaded; your change was not saved. Reopen it to see theirs, then make your change again.</source>
        <translation>غيّر شخص آخر هذا العنصر على {path} منذ تحميله؛ لم يُحفَظ تعديلك. أعد فتحه لترى تعديلهم، ثم أعد إجراء تعديلك.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="585"/>
        <source>The file {path} is not an OPSC assessment file. It has not been changed. Choose another file, or start a new one.</source>
        <translation>الملف {path} ليس ملف تقييمات خاصاً بالبروتوكول الاختياري. لم يُغيَّر الملف. اختر ملفاً آخر، أو ابدأ ملفاً جديداً.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="587"/>
        <source>The disk or USB stick holding {path} is read-only (write-protected): the assessments can be read and exported, but changes cannot be saved. Remove the write protection, or copy the file to a writable disk and open it from there.</source>
        <translation>القرص أو مفتاح USB الذي يحتوي على {path} للقراءة فقط (محمي ضد الكتابة): يمكن قراءة التقييمات وتصديرها، لكن لا يمكن حفظ التغييرات. أزل الحماية ضد الكتابة، أو انسخ الملف إلى قرص قابل للكتابة وافتحه منه.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="591"/>
        <source>You do not have permission to change {path} or its folder: the assessments can be read and exported, but changes cannot be saved. Ask for write access, or copy the file to a folder of your own and open it from there.</source>
        <translation>ليس لديك إذن بتغيير {path} أو مجلده: يمكن قراءة التقييمات وتصديرها، لكن لا يمكن حفظ التغييرات. اطلب إذن الكتابة، أو انسخ الملف إلى مجلد خاص بك وافتحه منه.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="595"/>
        <source>You do not have permission to read {path}. It has not been changed. Ask for access to it, or open another file.</source>
        <translation>ليس لديك إذن بقراءة {path}. لم يُغيَّر الملف. اطلب إذن الوصول إليه، أو افتح ملفاً آخر.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="598"/>
        <source>The file {path} is being used by another program (or another copy of this app) and stayed locked. Nothing was lost: close the other program and try again.</source>
        <translation>الملف {path} يستخدمه برنامج آخر (أو نسخة أخرى من هذا التطبيق) وبقي مقفلاً. لم يُفقد شيء: أغلق البرنامج الآخر وحاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="601"/>
        <source>The disk holding {path} could not be read or written: it may have been removed or be failing. This does not mean the file is damaged. Check that the disk or USB stick is connected and try again; if it keeps happening, copy the file to another disk.</source>
        <translation>تعذّرت القراءة من القرص الذي يحتوي على {path} أو الكتابة عليه: ربما نُزع أو أنه معطّل. هذا لا يعني أن الملف تالف. تحقّق من أن القرص أو مفتاح USB موصول وحاول مجدداً؛ وإن تكرر ذلك، انسخ الملف إلى قرص آخر.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="605"/>
        <source>The file {path} was made by an older version of this app and must be upgraded before it can be opened, which means writing to it, but this disk or folder cannot be written (read-only, or no permission). It has not been changed. Copy the file to a folder you can write to (for example your Documents folder) and open the copy.</source>
        <translation>أُنشئ الملف {path} بإصدار أقدم من هذا التطبيق، ويجب ترقيته قبل فتحه، وهذا يتطلب الكتابة فيه، لكن لا يمكن الكتابة في هذا القرص أو المجلد (للقراءة فقط، أو دون إذن). لم يُغيَّر الملف. انسخ الملف إلى مجلد يمكنك الكتابة فيه (مثل مجلد المستندات) وافتح النسخة.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="610"/>
        <source>The folder of {path} does not exist (a disk or USB stick that is not connected?). Connect it, or open another file.</source>
        <translation>مجلد {path} غير موجود (قرص أو مفتاح USB غير موصول؟). صِله، أو افتح ملفاً آخر.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="614"/>
        <source>The file {path} could not be used: {detail}</source>
        <translation>تعذّر استخدام الملف {path}: {detail}</translation>
    </message>
</context>
<context>
    <name>StorageErrorDialog</name>
    <message>
        <location filename="../app/ui/errors.py" line="166"/>
        <source>The assessment file cannot be opened</source>
        <translation>لا يمكن فتح ملف التقييمات</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="172"/>
        <source>What went wrong</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="174"/>
        <source>&amp;Restore a backup…</source>
        <translation>استعادة نسخة ا&amp;حتياطية…</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="177"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;فتح ملف آخر…</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="178"/>
        <source>Start a &amp;new file…</source>
        <translation>بدء ملف &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>Treaty</name>
    <message>
        <location filename="../app/ui/help.py" line="76"/>
        <source>Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography</source>
        <translation>البروتوكول الاختياري لاتفاقية حقوق الطفل بشأن بيع الأطفال واستغلال الأطفال في البغاء وفي المواد الإباحية</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../app/ui/help.py" line="435"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="437"/>
        <source>The user guide is missing from this installation.</source>
        <translation>دليل المستخدم غير موجود في هذا التثبيت.</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../app/ui/weights.py" line="55"/>
        <source>Adjust weights</source>
        <translation>تعديل الأوزان</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="68"/>
        <source>The weight says how much a question counts in the scores. The questionnaire sets it from the wording of the Guidelines (must 3 … encourages 1). Change it only for a reason you can defend: the report lists every change with its reason.</source>
        <translation>يبيّن الوزن مقدار ما يُحتسب للسؤال في الدرجات. يحدده الاستبيان بحسب صيغة المبادئ التوجيهية (يجب 3 … يشجّع 1). لا تغيّره إلا لسبب يمكنك الدفاع عنه: يسرد التقرير كل تغيير مع سببه.</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="74"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="74"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="74"/>
        <source>Questionnaire weight</source>
        <translation>وزن الاستبيان</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="75"/>
        <source>Weight used</source>
        <translation>الوزن المستخدم</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="75"/>
        <location filename="../app/ui/weights.py" line="107"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="84"/>
        <source>Questions and their weights</source>
        <translation>الأسئلة وأوزانها</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="95"/>
        <source>Weight of the selected question</source>
        <translation>وزن السؤال المحدد</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="103"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="106"/>
        <source>Why this question counts more or less here</source>
        <translation>لماذا يُحتسب هذا السؤال هنا أكثر أو أقل</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="108"/>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="110"/>
        <source>&amp;Restore questionnaire weight</source>
        <translation>&amp;استعادة وزن الاستبيان</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="116"/>
        <source>&amp;Weight:</source>
        <translation>ال&amp;وزن:</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="118"/>
        <source>R&amp;eason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="155"/>
        <source>Changed for this assessment from {a} to {b}</source>
        <translation>عُدِّل لهذا التقييم من {a} إلى {b}</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="196"/>
        <source>A weight must be greater than zero. To leave a question out of the scores, answer it “not applicable” with a reason.</source>
        <translation>يجب أن يكون الوزن أكبر من الصفر. لاستبعاد سؤال من الدرجات، أجب عنه بـ«لا ينطبق» مع ذكر السبب.</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../app/ui/workshop.py" line="57"/>
        <source>Contributors disagree, not decided yet</source>
        <translation>المساهمون مختلفون، ولم يُحسم الأمر بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="58"/>
        <source>Contributors disagree, decided by the facilitator</source>
        <translation>المساهمون مختلفون، وحسم الميسّر الأمر</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="59"/>
        <source>All contributors agree</source>
        <translation>جميع المساهمين متفقون</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="60"/>
        <source>Only one contributor answered</source>
        <translation>أجاب مساهم واحد فقط</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="61"/>
        <source>No contributor answered</source>
        <translation>لم يُجب أي مساهم</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="68"/>
        <source>{by} changed its answer after your decision.</source>
        <translation>غيّر {by} إجابته بعد قرارك.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="69"/>
        <source>{by} answered this question after your decision.</source>
        <translation>أجاب {by} عن هذا السؤال بعد قرارك.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="71"/>
        <source>{by} withdrew its answer after your decision.</source>
        <translation>سحب {by} إجابته بعد قرارك.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="73"/>
        <source>The question is in dispute again.</source>
        <translation>عاد السؤال موضع خلاف.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="80"/>
        <source>no answer</source>
        <translation>لا إجابة</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../app/ui/workshop.py" line="156"/>
        <source>Contributions received</source>
        <translation>المساهمات المستلمة</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="158"/>
        <source>Show the questions where</source>
        <translation>إظهار الأسئلة التي</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="162"/>
        <source>&amp;Show:</source>
        <translation>إ&amp;ظهار:</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="164"/>
        <source>Adopt a&amp;ll unanimous answers…</source>
        <translation>اعتماد كل الإجابات الإ&amp;جماعية…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="165"/>
        <source>For the questions that have no facilitator&apos;s answer yet and on which every contributor gave the same answer</source>
        <translation>للأسئلة التي ليس لها بعدُ إجابة من الميسّر وقدّم فيها جميع المساهمين الإجابة نفسها</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="173"/>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="214"/>
        <source>Facilitator&apos;s answer (consensus)</source>
        <translation>إجابة الميسّر (الإجابة المتوافق عليها)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="224"/>
        <source>Contributions to this question</source>
        <translation>المساهمات في هذا السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="257"/>
        <source>Show earlier &amp;contributions (history)</source>
        <translation>إظهار المساهمات السا&amp;بقة (السجل)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="258"/>
        <source>A newer file from the same person replaces their contribution; the earlier one is kept and shown here, greyed</source>
        <translation>يحلّ ملف أحدث من الشخص نفسه محل مساهمته؛ وتُحفظ السابقة وتظهر هنا باللون الرمادي</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="261"/>
        <source>A&amp;dopt the selected answer…</source>
        <translation>اعتماد الإجابة المحدَّ&amp;دة…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="263"/>
        <source>Open the questio&amp;n</source>
        <translation>&amp;فتح السؤال</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="283"/>
        <source>Contributor</source>
        <translation>المساهم</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="283"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="283"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="284"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="284"/>
        <source>Legal provision</source>
        <translation>الحكم القانوني</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="284"/>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="306"/>
        <source>No contribution has been received for this assessment yet. Share it with the participants (File ▸ Share assessment…), then receive their files (File ▸ Receive files…).</source>
        <translation>لم ترد بعدُ أي مساهمة في هذا التقييم. شاركه مع المشاركين (ملف ◂ مشاركة التقييم…)، ثم استلم ملفاتهم (ملف ◂ استلام ملفات…).</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="312"/>
        <source>Contributions from {n} participants: {names}</source>
        <translation>مساهمات من {n} مشاركين: {names}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="318"/>
        <source>{by} (no answers of its own)</source>
        <translation>{by} (لا إجابات خاصة به)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="325"/>
        <source>All questions ({n})</source>
        <translation>كل الأسئلة ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="326"/>
        <source>Disagree, not decided ({n})</source>
        <translation>اختلاف لم يُحسم ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="327"/>
        <source>All agree ({n})</source>
        <translation>إجماع ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="327"/>
        <source>Disagree, decided ({n})</source>
        <translation>اختلاف حُسم ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="328"/>
        <source>Only one answered ({n})</source>
        <translation>إجابة واحدة فقط ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="328"/>
        <source>Nobody answered ({n})</source>
        <translation>لا إجابة ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="428"/>
        <source>Decision note: {note}</source>
        <translation>ملاحظة القرار: {note}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="444"/>
        <source>Facilitator&apos;s answer (consensus): none yet</source>
        <translation>إجابة الميسّر (الإجابة المتوافق عليها): لا شيء بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="445"/>
        <source>Facilitator&apos;s answer (consensus): {answer}</source>
        <translation>إجابة الميسّر (الإجابة المتوافق عليها): {answer}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="454"/>
        <source>{by} (earlier, replaced)</source>
        <translation>{by} (سابقة، استُبدلت)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="490"/>
        <location filename="../app/ui/workshop.py" line="524"/>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="532"/>
        <source>Not shown for lack of room: {columns}. Select a contribution, or point at it, to see them.</source>
        <translation>غير معروضة لضيق المساحة: {columns}. حدِّد مساهمةً أو أشِر إليها لرؤيتها.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="693"/>
        <location filename="../app/ui/workshop.py" line="697"/>
        <location filename="../app/ui/workshop.py" line="710"/>
        <source>Adopt all unanimous answers</source>
        <translation>اعتماد كل الإجابات الإجماعية</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="694"/>
        <source>No question to adopt.</source>
        <translation>لا يوجد سؤال لاعتماده.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="695"/>
        <source>No question to adopt: no contributor has answered any question yet.</source>
        <translation>لا يوجد سؤال لاعتماده: لم يُجب أي مساهم عن أي سؤال بعد.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="717"/>
        <source>Not adopted, the facilitator&apos;s own answer differs (decide each one): {n}</source>
        <translation>لم تُعتمد، إجابة الميسّر نفسه مختلفة (قرّر كلاً منها): {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="718"/>
        <source>Not adopted, the contributors disagree (decide each one with a note): {n}</source>
        <translation>لم تُعتمد، المساهمون مختلفون (قرّر كلاً منها مع ملاحظة): {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="719"/>
        <source>Not adopted, only one contributor answered: {n}</source>
        <translation>لم تُعتمد، أجاب مساهم واحد فقط: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="720"/>
        <source>Already the facilitator&apos;s answer, all contributors agree with it: {n}</source>
        <translation>هي أصلاً إجابة الميسّر، ويتفق معها جميع المساهمين: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="698"/>
        <source>Adopt the answer all contributors agree on for {n} questions that have no facilitator&apos;s answer yet? Questions that already have one are left as they are; each adopted answer can be changed afterwards.</source>
        <translation>هل تعتمد الإجابة التي اتفق عليها جميع المساهمين في {n} من الأسئلة التي ليس لها بعدُ إجابة من الميسّر؟ تبقى الأسئلة التي لها إجابة كما هي؛ ويمكن تغيير كل إجابة معتمدة لاحقاً.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="702"/>
        <source>&amp;Adopt {n}</source>
        <translation>ا&amp;عتماد {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="703"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="711"/>
        <source>Answers adopted: {n}. They are now the facilitator&apos;s answers (the consensus).</source>
        <translation>الإجابات المعتمدة: {n}. وهي الآن إجابات الميسّر (الإجابات المتوافق عليها).</translation>
    </message>
</context>
</TS>
