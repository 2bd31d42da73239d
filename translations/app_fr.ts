<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/ui/help.py" line="357"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="358"/>
        <source>OPSC self-assessment, version {version}</source>
        <translation>Auto-évaluation OPSC, version {version}</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="360"/>
        <source>Based on the Guidelines {symbol}, adopted by the Committee on the Rights of the Child in 2019 to guide States in applying the {treaty} (OPSC). The Guidelines remain the reference; this tool is not a United Nations publication.</source>
        <translation>Fondé sur les Lignes directrices {symbol}, adoptées par le Comité des droits de l’enfant en 2019 pour guider les États dans l’application du {treaty} (OPSC). Les Lignes directrices restent le texte de référence&#x202f;; cet outil n’est pas une publication des Nations Unies.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="365"/>
        <source>Free software under the MIT licence. The DejaVu fonts keep their own free licence, given in the file named below.</source>
        <translation>Logiciel libre sous licence MIT. Les polices DejaVu conservent leur propre licence libre, donnée dans le fichier indiqué ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="367"/>
        <source>Application:</source>
        <translation>Application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="367"/>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="367"/>
        <source>PySide6:</source>
        <translation>PySide6&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="367"/>
        <source>Python:</source>
        <translation>Python&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="368"/>
        <source>Questionnaire:</source>
        <translation>Questionnaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="368"/>
        <source>Content hash:</source>
        <translation>Empreinte du contenu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="368"/>
        <source>Font licence:</source>
        <translation>Licence des polices&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="369"/>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="372"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../app/ui/action_dialog.py" line="100"/>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="100"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="112"/>
        <source>Question:</source>
        <translation>Question&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="115"/>
        <source>What is to be done (required)</source>
        <translation>Ce qu’il faut faire (obligatoire)</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="117"/>
        <source>&amp;What is to be done:</source>
        <translation>Ce qu’il faut &amp;faire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="119"/>
        <source>&amp;Lead institution:</source>
        <translation>&amp;Institution responsable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="121"/>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="122"/>
        <source>&amp;Deadline:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="123"/>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="127"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="129"/>
        <source>Suggested from weight × gap: {p}</source>
        <translation>Suggérée d’après poids × écart&#xa0;: {p}</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="135"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="162"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="173"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="174"/>
        <source>No deadline</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="190"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="191"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="196"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="199"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="230"/>
        <source>Say what is to be done: the description is required.</source>
        <translation>Indiquez ce qu’il faut faire&#xa0;: la description est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="237"/>
        <source>The budget is not a number: write it like {example}, or leave it empty.</source>
        <translation>Le budget n’est pas un nombre&#xa0;: écrivez-le comme {example}, ou laissez-le vide.</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../app/ui/actions.py" line="149"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="149"/>
        <source>What is to be done</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="149"/>
        <source>Lead institution</source>
        <translation>Institution responsable</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="149"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="150"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="150"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="150"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="150"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="151"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="152"/>
        <source>Add a&amp;ction…</source>
        <translation>A&amp;jouter une action…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="153"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="154"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="214"/>
        <source>No action yet. Add one here, or from a gap in the results.</source>
        <translation>Aucune action pour l’instant. Ajoutez-en une ici, ou à partir d’un écart dans les résultats.</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="223"/>
        <source>Actions: {n} · done: {done} · past their deadline: {late}.</source>
        <translation>Actions&#xa0;: {n} · réalisées&#xa0;: {done} · en retard sur l’échéance&#xa0;: {late}.</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="228"/>
        <source>Budget: {budget}.</source>
        <translation>Budget&#xa0;: {budget}.</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="283"/>
        <source>Delete the action “{what}” for {qid}? This cannot be undone.</source>
        <translation>Supprimer l’action «&#xa0;{what}&#xa0;» pour {qid}&#x202f;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../app/ui/actions.py" line="285"/>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../app/ui/action_dialog.py" line="43"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="44"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="45"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="49"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="50"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/ui/action_dialog.py" line="51"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <location filename="../app/ui/workshop.py" line="99"/>
        <source>Adopt an answer</source>
        <translation>Adopter une réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="100"/>
        <source>Adopt the answer of {by} for question {id}: “{answer}”, with their comment, legal provision and confidence. The facilitator&apos;s answer now is: “{current}”.</source>
        <translation>Adopter la réponse de {by} à la question {id}&#xa0;: «&#xa0;{answer}&#xa0;», avec son commentaire, sa disposition légale et sa fiabilité. La réponse actuelle de l’animateur&#xa0;: «&#xa0;{current}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="106"/>
        <source>Decision note</source>
        <translation>Note de décision</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="108"/>
        <source>Decision &amp;note (required: the contributors disagree):</source>
        <translation>&amp;Note de décision (obligatoire&#xa0;: les contributeurs sont en désaccord)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="109"/>
        <source>Decision &amp;note (optional):</source>
        <translation>&amp;Note de décision (facultative)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="114"/>
        <source>&amp;Adopt</source>
        <translation>&amp;Adopter</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="115"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../app/ui/application.py" line="72"/>
        <source>Assessment files (*.sqlite *.db);;All files (*)</source>
        <translation>Fichiers d’évaluations (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="75"/>
        <source>Open an assessment file</source>
        <translation>Ouvrir un fichier d’évaluations</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="78"/>
        <source>New assessment file</source>
        <translation>Nouveau fichier d’évaluations</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="87"/>
        <source>{path} already exists. Choose a new name: an existing file is never overwritten.</source>
        <translation>{path} existe déjà. Choisissez un nouveau nom&#xa0;: un fichier existant n’est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../app/ui/application.py" line="357"/>
        <source>OPSC self-assessment</source>
        <translation>Auto-évaluation OPSC</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="105"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="105"/>
        <source>Edit assessment details</source>
        <translation>Modifier les informations de l’évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="110"/>
        <source>e.g. National review 2026</source>
        <translation>p. ex. Bilan national 2026</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="117"/>
        <source>Names, separated by semicolons</source>
        <translation>Noms, séparés par des points-virgules</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="143"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="145"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="147"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="148"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="149"/>
        <source>&amp;Assessors:</source>
        <translation>É&amp;valuateurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="150"/>
        <source>Confidentiality &amp;marking:</source>
        <translation>&amp;Mention de confidentialité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="154"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="154"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="165"/>
        <source>D&amp;etails</source>
        <translation>&amp;Généralités</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="167"/>
        <source>For the &amp;report</source>
        <translation>Pour le &amp;rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="181"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="181"/>
        <source>Required. The name of this assessment.</source>
        <translation>Obligatoire. Le nom de cette évaluation.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="182"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="182"/>
        <source>Required. Type a few letters to search.</source>
        <translation>Obligatoire. Tapez quelques lettres pour chercher.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="183"/>
        <source>Date of the assessment</source>
        <translation>Date de l’évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="184"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="184"/>
        <source>The ministry or body carrying out the assessment</source>
        <translation>Le ministère ou l’organisme qui mène l’évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="185"/>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="185"/>
        <source>The people who answered</source>
        <translation>Les personnes qui ont répondu</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="186"/>
        <source>Confidentiality marking</source>
        <translation>Mention de confidentialité</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="186"/>
        <source>Printed on every page of the reports</source>
        <translation>Imprimée sur chaque page des rapports</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="232"/>
        <source>Give the assessment a title.</source>
        <translation>Donnez un titre à l’évaluation.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="234"/>
        <source>Choose a country from the list (type a few letters to search).</source>
        <translation>Choisissez un pays dans la liste (tapez quelques lettres pour chercher).</translation>
    </message>
</context>
<context>
    <name>AssessmentListPage</name>
    <message>
        <location filename="../app/ui/main_window.py" line="105"/>
        <location filename="../app/ui/assessment_list.py" line="103"/>
        <location filename="../app/ui/assessment_list.py" line="224"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="110"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="111"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="112"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifier les informations…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="113"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="114"/>
        <source>Start a follow-&amp;up…</source>
        <translation>Lancer un s&amp;uivi…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="115"/>
        <source>A new review of the same country that starts from this one&apos;s answers, each to confirm</source>
        <translation>Un nouvel examen du même pays qui part des réponses de celui-ci, chacune à confirmer</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="117"/>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparer…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="118"/>
        <source>Two or more assessments side by side</source>
        <translation>Deux évaluations ou plus côte à côte</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="169"/>
        <source>Start your first assessment</source>
        <translation>Commencez votre première évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="177"/>
        <source>An assessment records, question by question, how your country implements the Optional Protocol on the sale of children. Every answer is saved on this computer as you go.</source>
        <translation>Une évaluation consigne, question par question, la façon dont votre pays met en œuvre le Protocole facultatif concernant la vente d’enfants. Chaque réponse est enregistrée sur cet ordinateur au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="180"/>
        <source>Create a &amp;new assessment…</source>
        <translation>Créer une &amp;nouvelle évaluation…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="184"/>
        <source>Create a new assessment</source>
        <translation>Créer une nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="185"/>
        <source>Received a file from a colleague? Use File ▸ Open database file…</source>
        <translation>Vous avez reçu un fichier d’un collègue&#x202f;? Utilisez Fichier ▸ Ouvrir un fichier d’évaluations…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="214"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="214"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="214"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="215"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="215"/>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="215"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="225"/>
        <source>Enter opens the selected assessment; F2 edits its details; Delete deletes it after confirmation.</source>
        <translation>Entrée ouvre l’évaluation sélectionnée&#x202f;; F2 modifie ses informations&#x202f;; Suppr la supprime après confirmation.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="254"/>
        <source>{answered} of {total}</source>
        <translation>{answered} sur {total}</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="257"/>
        <source>{answered}, {mark} {n} to confirm</source>
        <translation>{answered}, {mark} {n} à confirmer</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="283"/>
        <source>assessment {id}</source>
        <translation>évaluation {id}</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="284"/>
        <source>{title} {mark} follow-up of “{baseline}”</source>
        <translation>{title} {mark} suivi de «&#xa0;{baseline}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="286"/>
        <source>Follow-up of “{baseline}”: {n} answers carried over from it are still to confirm</source>
        <translation>Suivi de «&#xa0;{baseline}&#xa0;»&#xa0;: {n}&#xa0;réponses reprises de cette évaluation restent à confirmer</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="288"/>
        <source>Follow-up of “{baseline}”: every answer carried over from it is confirmed</source>
        <translation>Suivi de «&#xa0;{baseline}&#xa0;»&#xa0;: toutes les réponses reprises de cette évaluation sont confirmées</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="388"/>
        <source>Delete the assessment “{title}” ({country}) with all its answers and actions? This cannot be undone.</source>
        <translation>Supprimer l’évaluation «&#xa0;{title}&#xa0;» ({country}) avec toutes ses réponses et actions&#x202f;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="391"/>
        <source>Delete assessment</source>
        <translation>Supprimer l’évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_list.py" line="400"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../app/ui/section_tree.py" line="224"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="225"/>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="226"/>
        <source>Ac&amp;tion plan</source>
        <translation>Plan d’ac&amp;tion</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="227"/>
        <source>Wor&amp;kshop</source>
        <translation>Atel&amp;ier</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="228"/>
        <source>Questionnaire, results, action plan and workshop</source>
        <translation>Questionnaire, résultats, plan d’action et atelier</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="266"/>
        <source>The wording of the questionnaire was improved since these answers were given ({old}; the app now uses {new}). No question changed meaning: every answer stays valid.</source>
        <translation>La formulation du questionnaire a été améliorée depuis ces réponses ({old}&#x202f;; l&apos;application utilise maintenant {new}). Aucune question n&apos;a changé de sens&#xa0;: toutes les réponses restent valables.</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="269"/>
        <source>&amp;Understood</source>
        <translation>&amp;Compris</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="276"/>
        <source>The questionnaire changed in meaning since these answers were given (answered against {old}, scored with {new}). Questions touched ({n}): {ids}. Upgrade the assessment to carry the answers over: unchanged answers are kept, changed ones are kept and marked to review.</source>
        <translation>Le sens du questionnaire a changé depuis ces réponses (réponses données sur {old}, score calculé avec {new}). Questions concernées ({n})&#xa0;: {ids}. Mettez l&apos;évaluation à niveau pour reprendre les réponses&#xa0;: les réponses inchangées sont conservées, les réponses modifiées sont conservées et marquées à revoir.</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="280"/>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Mettre à niveau…</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="284"/>
        <source>These answers were given against {old}; the app now uses {new}, and cannot tell what changed between them. Answers to questions that still exist are kept; check them before reporting.</source>
        <translation>Ces réponses ont été données sur {old}&#x202f;; l&apos;application utilise maintenant {new} et ne peut pas déterminer ce qui a changé entre les deux. Les réponses aux questions qui existent encore sont conservées&#x202f;; vérifiez-les avant d&apos;établir un rapport.</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="304"/>
        <source>Upgrade from {old} to {new}:

• answers kept as they were: {kept}
• answers moved to a renamed question: {renamed}
• answers kept and marked to review: {review}
• questions removed: {removed} (answers kept in the history: {gone})
• new questions, unanswered: {added}</source>
        <translation>Mise à niveau de {old} vers {new}&#xa0;:

• réponses conservées telles quelles&#xa0;: {kept}
• réponses déplacées vers une question renommée&#xa0;: {renamed}
• réponses conservées et marquées à revoir&#xa0;: {review}
• questions supprimées&#xa0;: {removed} (réponses conservées dans l&apos;historique&#xa0;: {gone})
• nouvelles questions, sans réponse&#xa0;: {added}</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="311"/>
        <source>Upgrade the assessment</source>
        <translation>Mettre l&apos;évaluation à niveau</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="313"/>
        <source>Upgrade</source>
        <translation>Mettre à niveau</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/errors.py" line="59"/>
        <location filename="../app/ui/errors.py" line="60"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="63"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../app/ui/charts.py" line="70"/>
        <source>Scores by section</source>
        <translation>Scores par section</translation>
    </message>
    <message>
        <location filename="../app/ui/charts.py" line="79"/>
        <source>{label}: {note}</source>
        <translation>{label}&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../app/ui/charts.py" line="80"/>
        <source>{label}: score {score}, conservative {conservative}</source>
        <translation>{label}&#xa0;: score {score}, prudent {conservative}</translation>
    </message>
    <message>
        <location filename="../app/ui/charts.py" line="170"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/ui/charts.py" line="171"/>
        <source>Conservative (unanswered = 0)</source>
        <translation>Prudent (sans réponse = 0)</translation>
    </message>
</context>
<context>
    <name>CarriedOverList</name>
    <message>
        <location filename="../app/ui/follow_up.py" line="156"/>
        <source>Answers carried over from the previous review: they count as unanswered until confirmed. Open each one, check it still holds, then confirm it (Ctrl+K) or change it.</source>
        <translation>Réponses reprises de l’examen précédent&#xa0;: elles comptent comme sans réponse tant qu’elles ne sont pas confirmées. Ouvrez chacune, vérifiez qu’elle tient toujours, puis confirmez-la (Ctrl+K) ou modifiez-la.</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="158"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="158"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="158"/>
        <source>Question text</source>
        <translation>Texte de la question</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="159"/>
        <source>Answer carried over</source>
        <translation>Réponse reprise</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="160"/>
        <source>Answers carried over, to confirm</source>
        <translation>Réponses reprises, à confirmer</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="161"/>
        <source>&amp;Open question</source>
        <translation>&amp;Ouvrir la question</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="162"/>
        <source>&amp;Confirm all as they are…</source>
        <translation>Tout &amp;confirmer tel quel…</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="200"/>
        <source>Confirm all carried-over answers</source>
        <translation>Confirmer toutes les réponses reprises</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="201"/>
        <source>Confirm the {n} answers carried over from the previous review as they are? They will count in the score. Confirm only what your team has checked.</source>
        <translation>Confirmer telles quelles les {n} réponses reprises de l’examen précédent&#xa0;? Elles compteront dans le score. Ne confirmez que ce que votre équipe a vérifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="204"/>
        <source>Confirm all</source>
        <translation>Tout confirmer</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="175"/>
        <source>Compare assessments</source>
        <translation>Comparer des évaluations</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="176"/>
        <source>&amp;Assessments to compare (tick two or more; the first ticked in the list is the reference):</source>
        <translation>É&amp;valuations à comparer (cochez-en deux ou plus&#xa0;; la première cochée dans la liste sert de référence)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="178"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="179"/>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="180"/>
        <source>Move the selected assessment up (Alt+Up): the first ticked is the reference of every change, but a baseline always comes before its follow-up</source>
        <translation>Monter l’évaluation sélectionnée (Alt+Haut)&#xa0;: la première cochée sert de référence à chaque évolution, mais un examen de référence vient toujours avant son suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="183"/>
        <source>Move the selected assessment down (Alt+Down)</source>
        <translation>Descendre l’évaluation sélectionnée (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="184"/>
        <source>Add a &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="185"/>
        <source>Compare a received exchange file (.opsc) without adding it to this database</source>
        <translation>Comparer un fichier d’échange reçu (.opsc) sans l’ajouter à cette base de données</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="187"/>
        <source>Assessments to compare</source>
        <translation>Évaluations à comparer</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="188"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="189"/>
        <source>Changed answers</source>
        <translation>Réponses modifiées</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="190"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="191"/>
        <source>Scores by section and assessment</source>
        <translation>Scores par section et par évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="192"/>
        <source>Questions whose answer changed</source>
        <translation>Questions dont la réponse a changé</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="193"/>
        <source>Progress of the action plan</source>
        <translation>Avancement du plan d’action</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="194"/>
        <source>Export to E&amp;xcel…</source>
        <translation>Exporter vers E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="195"/>
        <source>Export to &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="196"/>
        <source>&amp;Close</source>
        <translation>F&amp;ermer</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="237"/>
        <source>Add an exchange file to the comparison</source>
        <translation>Ajouter un fichier d’échange à la comparaison</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="239"/>
        <source>Exchange files (*.opsc)</source>
        <translation>Fichiers d’échange (*.opsc)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="252"/>
        <location filename="../app/ui/compare_dialog.py" line="259"/>
        <source>This file cannot be compared</source>
        <translation>Ce fichier ne peut pas être comparé</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="267"/>
        <location filename="../app/ui/compare_dialog.py" line="314"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="269"/>
        <source>Read from the file {path}: compared only, not added to this database</source>
        <translation>Lu dans le fichier {path}&#xa0;: comparé seulement, pas ajouté à cette base de données</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="357"/>
        <source>Tick at least two assessments in the list.</source>
        <translation>Cochez au moins deux évaluations dans la liste.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="368"/>
        <source>Across countries: each country&apos;s figures side by side. A difference between countries is not progress: the last column gives the spread between the highest and the lowest score.</source>
        <translation>Entre pays&#xa0;: les chiffres de chaque pays côte à côte. Un écart entre pays n’est pas un progrès&#xa0;: la dernière colonne donne l’amplitude entre le score le plus haut et le plus bas.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="372"/>
        <source>Mixed comparison: not one country in date order, nor one assessment per country. Differences are not read as progress: the last column gives the spread between the highest and the lowest score.</source>
        <translation>Comparaison mixte&#xa0;: ni un seul pays dans l’ordre des dates, ni une évaluation par pays. Les écarts ne se lisent pas comme des progrès&#xa0;: la dernière colonne donne l’amplitude entre le score le plus haut et le plus bas.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="378"/>
        <source>Over time: the same country, from the first review to the last.</source>
        <translation>Dans le temps&#xa0;: le même pays, du premier examen au dernier.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="379"/>
        <source>Sections improved: {up} · regressed: {down} · unchanged: {same} · not comparable: {na}</source>
        <translation>Sections en progrès&#xa0;: {up} · en recul&#xa0;: {down} · stables&#xa0;: {same} · non comparables&#xa0;: {na}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="392"/>
        <source>Answered against different questionnaire versions ({versions}): compared on the {n} questions they share; {m} left out.</source>
        <translation>Réponses données sur des versions différentes du questionnaire ({versions})&#xa0;: comparaison sur les {n} questions communes&#xa0;; {m} laissées de côté.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="396"/>
        <source>The meaning of the questionnaire version of some assessments is not known here: they are taken as answered against the current one.</source>
        <translation>Le sens de la version du questionnaire de certaines évaluations n’est pas connu ici&#xa0;: elles sont traitées comme si elles répondaient à la version actuelle.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="402"/>
        <source>{who}: {text}</source>
        <translation>{who}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="413"/>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="415"/>
        <source>provisional: {score}</source>
        <translation>provisoire&#xa0;: {score}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="418"/>
        <source>conservative {k}</source>
        <translation>prudent {k}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="419"/>
        <source>coverage {c}</source>
        <translation>couverture {c}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="420"/>
        <source>Score {s} · conservative {k} · coverage {c} ({a} of {n} answered)</source>
        <translation>Score {s} · prudent {k} · couverture {c} ({a} sur {n} avec réponse)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="424"/>
        <source>Carried over, to confirm: {n}</source>
        <translation>Reprises de l’examen précédent, à confirmer&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="447"/>
        <source>Improved</source>
        <translation>En progrès</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="449"/>
        <source>Regressed</source>
        <translation>En recul</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="451"/>
        <source>Unchanged</source>
        <translation>Stable</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="453"/>
        <source>Not comparable: not scored on one side</source>
        <translation>Non comparable&#xa0;: non évalué d’un côté</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="466"/>
        <source>Not comparable: fewer than two assessments scored at two-thirds coverage or more (provisional scores are not ranked)</source>
        <translation>Non comparable&#xa0;: moins de deux évaluations ont un score couvrant au moins les deux tiers des questions (les scores provisoires ne sont pas classés)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="384"/>
        <source>provisional, no verdict yet: {n} (answers still to confirm, or coverage under two thirds)</source>
        <translation>provisoires, pas encore de verdict&#xa0;: {n} (réponses encore à confirmer, ou couverture inférieure aux deux tiers)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="440"/>
        <source>{n} answers still to confirm</source>
        <translation>{n} réponses encore à confirmer</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="441"/>
        <source>coverage under two thirds</source>
        <translation>couverture inférieure aux deux tiers</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="442"/>
        <source>provisional, no verdict yet</source>
        <translation>provisoire, pas encore de verdict</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="443"/>
        <source>Provisional, no verdict yet: {why}</source>
        <translation>Provisoire, pas encore de verdict&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="469"/>
        <source>Highest: {high}
Lowest: {low}</source>
        <translation>Le plus haut&#xa0;: {high}
Le plus bas&#xa0;: {low}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="472"/>
        <source>Provisional scores (coverage under two thirds) are not ranked.</source>
        <translation>Les scores provisoires (couverture inférieure aux deux tiers) ne sont pas classés.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="474"/>
        <source>{value} pts</source>
        <translation>{value}&#xa0;pts</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="484"/>
        <location filename="../app/ui/compare_dialog.py" line="489"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="490"/>
        <source>Change
first → last</source>
        <translation>Évolution
premier → dernier</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="491"/>
        <source>Spread
highest − lowest</source>
        <translation>Amplitude
plus haut − plus bas</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="493"/>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="513"/>
        <source>no answer</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="514"/>
        <source>(carried over, to confirm)</source>
        <translation>(reprise, à confirmer)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="522"/>
        <location filename="../app/ui/compare_dialog.py" line="561"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="522"/>
        <source>First → last</source>
        <translation>Premier → dernier</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="523"/>
        <source>Comments and reasons</source>
        <translation>Commentaires et motifs</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="525"/>
        <source>improved</source>
        <translation>en progrès</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="526"/>
        <source>regressed</source>
        <translation>en recul</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="527"/>
        <source>same at both ends</source>
        <translation>identique aux deux bouts</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="528"/>
        <location filename="../app/ui/compare_dialog.py" line="529"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="530"/>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="548"/>
        <source>not applicable: {reason}</source>
        <translation>sans objet&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="555"/>
        <source>Changed answers ({n})</source>
        <translation>Réponses modifiées ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="561"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="561"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="561"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="563"/>
        <source>The action plan&apos;s progress is shown for a review and its follow-up.</source>
        <translation>L’avancement du plan d’action s’affiche pour un examen et son suivi.</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="568"/>
        <source>As of {date}: done {done} · late {late} · in progress {doing} · not started {todo}</source>
        <translation>Au {date}&#xa0;: réalisées {done} · en retard {late} · en cours {doing} · non commencées {todo}</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="572"/>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="572"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="573"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="573"/>
        <source>not started</source>
        <translation>non commencée</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="591"/>
        <source>Export the comparison to Excel</source>
        <translation>Exporter la comparaison vers Excel</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="591"/>
        <source>Export the comparison to PDF</source>
        <translation>Exporter la comparaison en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="592"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="592"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/compare_dialog.py" line="603"/>
        <source>The comparison could not be written</source>
        <translation>La comparaison n’a pas pu être écrite</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="52"/>
        <source>Someone else changed this answer</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="54"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="55"/>
        <source>{who} saved the answer to {question} on {when}, after you opened it. Nothing has been overwritten yet. Compare the two versions and choose the one to keep.</source>
        <translation>{who} a enregistré la réponse à {question} le {when}, après que vous l&apos;avez ouverte. Rien n&apos;a encore été remplacé. Comparez les deux versions et choisissez celle à garder.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="58"/>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="63"/>
        <source>Keep &amp;my version</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="64"/>
        <source>Your version replaces theirs; theirs stays in this window until you close it</source>
        <translation>Votre version remplace la leur&#x202f;; la leur reste affichée dans cette fenêtre jusqu&apos;à sa fermeture</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="66"/>
        <source>Keep &amp;their version</source>
        <translation>Garder &amp;leur version</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="67"/>
        <source>Your unsaved changes to this answer are dropped</source>
        <translation>Vos modifications non enregistrées de cette réponse sont abandonnées</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="77"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="77"/>
        <source>Reason for N/A</source>
        <translation>Motif «&#xa0;sans objet&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="77"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="78"/>
        <source>Legal provision</source>
        <translation>Disposition légale</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="78"/>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="79"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="84"/>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="94"/>
        <source>Their version ({who})</source>
        <translation>Leur version ({who})</translation>
    </message>
    <message>
        <location filename="../app/ui/conflict_dialog.py" line="94"/>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="69"/>
        <source>Type to search, e.g. Morocco</source>
        <translation>Tapez pour chercher, p. ex. Maroc</translation>
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
        <translation>Un problème inattendu est survenu. Les réponses déjà enregistrées sont en sécurité&#xa0;: chacune est enregistrée au moment où elle est donnée. La dernière action n’a peut-être pas abouti&#x202f;; vérifiez-la.

Les détails ont été écrits dans le fichier journal&#xa0;:
{path}

Vous pouvez continuer à travailler. Si cela se reproduit, envoyez ce fichier à la personne qui assure le support de l’application (il ne contient aucune réponse).</translation>
    </message>
    <message>
        <location filename="../app/ui/crash.py" line="68"/>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
</context>
<context>
    <name>Crosswalk</name>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="75"/>
        <source>no question maps here</source>
        <translation>aucune question ne s’y rattache</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="81"/>
        <source>not scored yet</source>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="85"/>
        <source>Questions map here, but none of them is answered on the scale yet</source>
        <translation>Des questions s’y rattachent, mais aucune n’a encore reçu de réponse sur l’échelle</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="98"/>
        <source>Proxy: based on 1 question only.</source>
        <translation>Indicatif&#xa0;: repose sur une seule question.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="100"/>
        <source>Proxy: based on 2 questions only.</source>
        <translation>Indicatif&#xa0;: repose sur deux questions seulement.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="101"/>
        <source>Proxy: based on {n} questions only.</source>
        <translation>Indicatif&#xa0;: repose sur {n} questions seulement.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="119"/>
        <source>{mark} provisional: fewer than two thirds of its applicable questions answered (no band yet).</source>
        <translation>{mark} provisoire&#xa0;: moins des deux tiers de ses questions applicables ont une réponse (pas encore de niveau).</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="124"/>
        <source>{mark} before a name: to be read with care (the reason is in its tooltip).</source>
        <translation>{mark} devant un nom&#xa0;: à lire avec prudence (la raison est dans son infobulle).</translation>
    </message>
</context>
<context>
    <name>CrosswalkPanel</name>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="334"/>
        <source>&amp;Open question</source>
        <translation>&amp;Ouvrir la question</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="335"/>
        <source>Questions driving the gap of the selected capability</source>
        <translation>Questions à l’origine de l’écart de la capacité choisie</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="339"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="339"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="341"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="341"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="341"/>
        <source>Conservative</source>
        <translation>Prudent</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="343"/>
        <source>Scores by ICMEC / REPERES legislative criterion</source>
        <translation>Scores par critère législatif ICMEC / REPERES</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="344"/>
        <source>Scores by MNR capability</source>
        <translation>Scores par capacité MNR</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="358"/>
        <source>{name}
Questions tagged with it: {n} (a question tagged with several counts in each)</source>
        <translation>{name}
Questions qui s’y rattachent&#xa0;: {n} (une question rattachée à plusieurs compte dans chacune)</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="362"/>
        <location filename="../app/ui/crosswalk_view.py" line="440"/>
        <source>Read with care: {reason}</source>
        <translation>À lire avec prudence&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="366"/>
        <source>No question of this questionnaire is tagged with it</source>
        <translation>Aucune question de ce questionnaire n’y est rattachée</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="450"/>
        <source>… and {n} more questions with a gap: see the “Gaps to close” tab.</source>
        <translation>… et {n} autres questions avec un écart&#xa0;: voir l’onglet «&#xa0;Écarts à combler&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="456"/>
        <source>{id} · {answer} · weight × gap {value}</source>
        <translation>{id} · {answer} · poids × écart {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="423"/>
        <source>Questions driving the gap</source>
        <translation>Questions à l’origine de l’écart</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="427"/>
        <source>No question of this questionnaire maps to this criterion: the self-assessment says nothing about it.</source>
        <translation>Aucune question de ce questionnaire ne se rattache à ce critère&#xa0;: l’auto-évaluation n’en dit rien.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="429"/>
        <source>No question of this questionnaire maps to this capability: the self-assessment says nothing about it.</source>
        <translation>Aucune question de ce questionnaire ne se rattache à cette capacité&#xa0;: l’auto-évaluation n’en dit rien.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="432"/>
        <source>No gap among the answered questions.</source>
        <translation>Aucun écart parmi les questions répondues.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="434"/>
        <source>Largest weight × gap first: closing these would raise this score most.</source>
        <translation>Les plus grands «&#xa0;poids × écart&#xa0;» d’abord&#xa0;: les combler relèverait le plus ce score.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="437"/>
        <source>Answered {a} of {n} applicable questions.</source>
        <translation>{a} questions applicables sur {n} ont une réponse.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/ui/errors.py" line="85"/>
        <source>Errors in the questionnaire in {path} (total: {n}):</source>
        <translation>Erreurs dans le questionnaire de {path} (total&#xa0;: {n})&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="96"/>
        <source>Assessments cannot be opened until the file is fixed. Correct the files listed, then check them with: python -m app validate {path}. Your saved answers are not affected.</source>
        <translation>Les évaluations ne peuvent pas être ouvertes tant que le fichier n’est pas corrigé. Corrigez les fichiers indiqués, puis vérifiez-les avec&#xa0;: python -m app validate {path}. Vos réponses enregistrées ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="155"/>
        <source>The file {path} could not be opened: {detail}. It has not been changed.</source>
        <translation>Le fichier {path} n’a pas pu être ouvert&#xa0;: {detail}. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="200"/>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="172"/>
        <location filename="../app/ui/file_dialogs.py" line="254"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="175"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="176"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="195"/>
        <source>S&amp;ummary only: leave out the question-by-question part</source>
        <translation>S&amp;ynthèse seule&#xa0;: sans la partie question par question</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="196"/>
        <source>The cover, summary, results, action plan and method — a few pages instead of dozens, for a first reading or an early draft</source>
        <translation>La couverture, la synthèse, les résultats, le plan d’action et la méthode — quelques pages au lieu de dizaines, pour une première lecture ou un projet</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="198"/>
        <source>Add the audit &amp;trail: every change, when, who, from what to what</source>
        <translation>Ajouter l’&amp;historique des modifications&#xa0;: chaque changement, quand, qui, de quoi à quoi</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="199"/>
        <source>An annex listing every recorded change, and whether the trail still matches the answers (see “History and its check” in the user guide)</source>
        <translation>Une annexe listant chaque modification enregistrée, et si l’historique correspond toujours aux réponses (voir «&#xa0;L’historique et sa vérification&#xa0;» dans le guide de l’utilisateur)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="201"/>
        <source>&amp;Workshop annex: contributors, agreement by section, questions in dispute</source>
        <translation>&amp;Annexe atelier&#xa0;: contributeurs, accord par section, questions en discussion</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="205"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="220"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="221"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="222"/>
        <source>Confidentiality &amp;marking:</source>
        <translation>&amp;Mention de confidentialité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="223"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="231"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="231"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="232"/>
        <source>Confidentiality marking</source>
        <translation>Mention de confidentialité</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="232"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="235"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="253"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="253"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="266"/>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="280"/>
        <source>The report could not be written: {reason}</source>
        <translation>Le rapport n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="103"/>
        <source>Report written</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="104"/>
        <source>The report was written:</source>
        <translation>Le rapport a été enregistré&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="108"/>
        <source>File written</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="114"/>
        <source>Open the &amp;file</source>
        <translation>Ouvrir le &amp;fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="115"/>
        <source>Open the f&amp;older</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="118"/>
        <source>&amp;Close</source>
        <translation>F&amp;ermer</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="133"/>
        <source>It could not be opened from here (no application for it?). Its path is above: select it and copy it.</source>
        <translation>Impossible de l’ouvrir d’ici (aucune application pour ce type de fichier&#x202f;?). Son chemin figure ci-dessus&#xa0;: sélectionnez-le et copiez-le.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="410"/>
        <source>Import answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="411"/>
        <source>Answer files (*.csv *.xlsx);;CSV files (*.csv);;Excel answer templates (*.xlsx)</source>
        <translation>Fichiers de réponses (*.csv *.xlsx);;Fichiers CSV (*.csv);;Modèles de réponses Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="423"/>
        <source>The file could not be read: {reason}</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="434"/>
        <source>Save the answer template</source>
        <translation>Enregistrer le modèle de réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="435"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="443"/>
        <source>The template could not be written: {reason}</source>
        <translation>Le modèle n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../app/ui/help.py" line="256"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="257"/>
        <source>OPSC self-assessment</source>
        <translation>Auto-évaluation OPSC</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="258"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="260"/>
        <source>This tool helps a country review, question by question, how it implements the {treaty} (OPSC), following the Guidelines of the Committee on the Rights of the Child ({symbol}). It is a self-assessment: the answers are yours.</source>
        <translation>Cet outil aide un pays à examiner, question par question, comment il met en œuvre le {treaty} (OPSC), en suivant les Lignes directrices du Comité des droits de l’enfant ({symbol}). C’est une auto-évaluation&#xa0;: les réponses vous appartiennent.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="264"/>
        <source>Your data stays on this computer</source>
        <translation>Vos données restent sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="265"/>
        <source>Every answer is saved at once in this folder. Back it up like any other important file:</source>
        <translation>Chaque réponse est enregistrée immédiatement dans ce dossier. Sauvegardez-le comme tout autre fichier important&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="267"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="268"/>
        <source>The tool never uses the network: nothing is sent anywhere, and there is no telemetry.</source>
        <translation>L’outil n’utilise jamais le réseau&#xa0;: rien n’est envoyé nulle part, et il n’y a aucune télémétrie.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="271"/>
        <source>How to start</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="273"/>
        <source>Create an assessment: country, date and the people taking part.</source>
        <translation>Créez une évaluation&#xa0;: pays, date et personnes participantes.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="274"/>
        <source>Answer section by section. Keys 1 to 6 choose an answer; every answer is saved at once.</source>
        <translation>Répondez section par section. Les touches 1 à 6 choisissent une réponse&#x202f;; chaque réponse est enregistrée immédiatement.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="275"/>
        <source>Look at the results: scores by section, gaps, and an action plan.</source>
        <translation>Consultez les résultats&#xa0;: scores par section, écarts et plan d’action.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="276"/>
        <source>Export a report to Excel or PDF, in English, French or Arabic.</source>
        <translation>Exportez un rapport Excel ou PDF, en anglais, en français ou en arabe.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="278"/>
        <source>&amp;Don&apos;t show this again at start-up</source>
        <translation>&amp;Ne plus afficher au démarrage</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="279"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="280"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="297"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="298"/>
        <source>The folder could not be opened. Its path is:
{path}</source>
        <translation>Le dossier n’a pas pu être ouvert. Son chemin est&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../app/ui/follow_up.py" line="46"/>
        <source>Start a follow-up review</source>
        <translation>Lancer un examen de suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="48"/>
        <source>A new assessment of the same country starts from the answers of “{title}”. Each answer is marked “carried over — to confirm”: it shows the earlier answer but does not count until someone confirms it or changes it. The weights and the action plan (with each action&apos;s status) come along; the earlier review stays as it is.</source>
        <translation>Une nouvelle évaluation du même pays part des réponses de «&#xa0;{title}&#xa0;». Chaque réponse est marquée «&#xa0;reprise — à confirmer&#xa0;»&#xa0;: elle montre la réponse précédente mais ne compte pas tant que quelqu’un ne l’a pas confirmée ou modifiée. Les poids et le plan d’action (avec l’état de chaque action) sont repris&#xa0;; l’examen précédent reste tel quel.</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="53"/>
        <source>&amp;Title of the follow-up:</source>
        <translation>&amp;Titre du suivi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="56"/>
        <source>Title of the follow-up</source>
        <translation>Titre du suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="59"/>
        <source>&amp;Date of the follow-up:</source>
        <translation>&amp;Date du suivi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="64"/>
        <source>Date of the follow-up</source>
        <translation>Date du suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="68"/>
        <source>Not before the date of the earlier review ({date})</source>
        <translation>Pas avant la date de l’évaluation précédente ({date})</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="77"/>
        <source>&amp;Start the follow-up</source>
        <translation>&amp;Lancer le suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="78"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/follow_up.py" line="93"/>
        <source>Give the follow-up a title.</source>
        <translation>Donnez un titre au suivi.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../app/ui/i18n.py" line="170"/>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>FrameworkCharts</name>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="606"/>
        <source>Score by MNR capability</source>
        <translation>Score par capacité MNR</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="607"/>
        <source>Score by ICMEC / REPERES legislative criterion</source>
        <translation>Score par critère législatif ICMEC / REPERES</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="609"/>
        <source>Scores by ICMEC / REPERES legislative criterion</source>
        <translation>Scores par critère législatif ICMEC / REPERES</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="608"/>
        <source>Scores by MNR capability</source>
        <translation>Scores par capacité MNR</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="378"/>
        <source>Answers of a group</source>
        <translation>Réponses d’un groupe</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="379"/>
        <source>Who filled in {name}? Their answers are received as a contribution under this name:</source>
        <translation>Qui a rempli {name}&#xa0;? Ses réponses sont reçues comme une contribution sous ce nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="383"/>
        <source>Name of the group</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="386"/>
        <source>Institution of the group</source>
        <translation>Institution du groupe</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="387"/>
        <source>e.g. Ministry of Justice</source>
        <translation>p. ex. ministère de la Justice</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="389"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="390"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="392"/>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="393"/>
        <source>Skip this file</source>
        <translation>Ignorer ce fichier</translation>
    </message>
</context>
<context>
    <name>GroupedScores</name>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="538"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="539"/>
        <source>MNR capabilities (WePROTECT)</source>
        <translation>Capacités MNR (WePROTECT)</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="540"/>
        <source>ICMEC / REPERES legislative criteria</source>
        <translation>Critères législatifs ICMEC / REPERES</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="551"/>
        <source>Sections follow the Guidelines. The other views group the same answers, scored the same way, by WePROTECT Model National Response capability or by ICMEC / REPERES legislative criterion: a question tagged with several counts in each, so those groups overlap. Of the 16 legislative criteria, five come from the ICMEC Global Review of model legislation and eleven from the REPERES report&apos;s criteria for efficient legislation, which draw on other sources such as the Lanzarote Convention. A group marked * is to be read with care: its tooltip says why.</source>
        <translation>Les sections suivent les Lignes directrices. Les autres vues regroupent les mêmes réponses, calculées de la même façon, par capacité du modèle de réponse nationale de WePROTECT ou par critère législatif ICMEC / REPERES&#xa0;: une question rattachée à plusieurs éléments compte dans chacun, si bien que ces groupes se recoupent. Sur les 16 critères législatifs, cinq viennent de l’étude mondiale de l’ICMEC sur la législation type et onze des critères d’une législation efficace du rapport REPERES, qui s’appuient sur d’autres sources comme la Convention de Lanzarote. Un groupe marqué * est à lire avec prudence&#xa0;: son infobulle dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="543"/>
        <source>Show scores &amp;by:</source>
        <translation>Afficher les scores &amp;selon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/crosswalk_view.py" line="544"/>
        <source>View the scores by</source>
        <translation>Afficher les scores par</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../app/ui/history_dialog.py" line="76"/>
        <source>History of {question}</source>
        <translation>Historique de {question}</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="70"/>
        <source>History of the assessment “{title}”</source>
        <translation>Historique de l’évaluation «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="71"/>
        <source>Every change to the details of the assessment and to the weights of its questions, the newest first (each question&apos;s answer and actions: History… on its page, Ctrl+H). The history is kept with the assessment, and can be checked against what is stored at any time (see “History and its check” in the user guide).</source>
        <translation>Chaque modification des informations de l’évaluation et des poids de ses questions, la plus récente en premier (la réponse et les actions de chaque question&#xa0;: Historique… sur sa page, Ctrl+H). L’historique est conservé avec l’évaluation et peut être vérifié à tout moment par rapport à ce qui est enregistré (voir «&#xa0;L’historique et sa vérification&#xa0;» dans le guide de l’utilisateur).</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="77"/>
        <source>Every change to the answer, the weight and the actions of {question}, the newest first. The history is kept with the assessment, and can be checked against the answers at any time (see “History and its check” in the user guide).</source>
        <translation>Chaque modification de la réponse, du poids et des actions de {question}, la plus récente en premier. L’historique est conservé avec l’évaluation et peut être vérifié à tout moment par rapport aux réponses (voir «&#xa0;L’historique et sa vérification&#xa0;» dans le guide de l’utilisateur).</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="87"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="94"/>
        <source>History of the answer</source>
        <translation>Historique de la réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="96"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="107"/>
        <source>No change has been recorded for this assessment yet.</source>
        <translation>Aucune modification n’a encore été enregistrée pour cette évaluation.</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="108"/>
        <source>No change has been recorded for this question yet.</source>
        <translation>Aucune modification n’a encore été enregistrée pour cette question.</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="127"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="127"/>
        <source>Reason it does not apply</source>
        <translation>Motif de non-applicabilité</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="128"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="128"/>
        <source>Legal provision</source>
        <translation>Disposition légale</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="129"/>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="129"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="130"/>
        <source>Institution to ask</source>
        <translation>Institution à consulter</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="130"/>
        <source>To review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="131"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="131"/>
        <source>Reason for the weight</source>
        <translation>Motif du poids</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="135"/>
        <source>Action “{action}”: {field}</source>
        <translation>Action «&#xa0;{action}&#xa0;»&#xa0;: {field}</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="137"/>
        <source>{field} of {question}</source>
        <translation>{field} de {question}</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="139"/>
        <source>{field} (state when the history began)</source>
        <translation>{field} (état au début de l’historique)</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="141"/>
        <source>{field} (removed)</source>
        <translation>{field} (supprimé)</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="156"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="156"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="162"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="162"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="170"/>
        <source>the window</source>
        <translation>la fenêtre</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="170"/>
        <source>an import</source>
        <translation>une importation</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="171"/>
        <source>a merged contribution</source>
        <translation>une contribution fusionnée</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="171"/>
        <source>a questionnaire upgrade</source>
        <translation>une mise à niveau du questionnaire</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="172"/>
        <source>a follow-up</source>
        <translation>un suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="172"/>
        <source>the command line</source>
        <translation>la ligne de commande</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="173"/>
        <source>a restored backup</source>
        <translation>une sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../app/ui/history_dialog.py" line="173"/>
        <source>the database upgrade</source>
        <translation>la mise à niveau de la base de données</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <location filename="../app/ui/help.py" line="130"/>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="132"/>
        <source>Your name is recorded with every change you make (the history of each answer) and written in the files you share. Left empty, the computer&apos;s login name is used. On a shared server, your server login is recorded instead.</source>
        <translation>Votre nom est enregistré avec chaque modification que vous faites (l’historique de chaque réponse) et inscrit dans les fichiers que vous partagez. S’il est laissé vide, le nom de session de l’ordinateur est utilisé. Sur un serveur partagé, c’est votre identifiant sur le serveur qui est enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="135"/>
        <source>Your &amp;name:</source>
        <translation>Votre no&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="136"/>
        <source>Your &amp;institution:</source>
        <translation>Votre &amp;institution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="137"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="138"/>
        <source>Your institution</source>
        <translation>Votre institution</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="139"/>
        <source>e.g. Ministry of Justice</source>
        <translation>p. ex. ministère de la Justice</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="373"/>
        <source>reason for N/A</source>
        <translation>motif «&#xa0;sans objet&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="373"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="378"/>
        <source>Import answers: check before applying</source>
        <translation>Importer des réponses&#xa0;: vérifier avant d’appliquer</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="381"/>
        <source>{file} — answers in the file: {n}, different from now: {changed}. Apply?</source>
        <translation>{file} — réponses dans le fichier&#xa0;: {n}, différentes des réponses actuelles&#xa0;: {changed}. Appliquer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="385"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="385"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="385"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="386"/>
        <source>After import</source>
        <translation>Après import</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="386"/>
        <source>Also changes</source>
        <translation>Change aussi</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="388"/>
        <source>Answers that would be imported</source>
        <translation>Réponses qui seraient importées</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="398"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="345"/>
        <source>The file was not imported</source>
        <translation>Le fichier n’a pas été importé</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="348"/>
        <source>Nothing was changed. Correct these problems (total: {n}) in the file and import it again:</source>
        <translation>Rien n’a été modifié. Corrigez ces problèmes (total&#xa0;: {n}) dans le fichier et importez-le de nouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/file_dialogs.py" line="359"/>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="84"/>
        <location filename="../app/ui/main_window.py" line="467"/>
        <source>OPSC self-assessment</source>
        <translation>Auto-évaluation OPSC</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="110"/>
        <source>Opening your assessments…</source>
        <translation>Ouverture de vos évaluations…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="151"/>
        <source>The last change was not saved</source>
        <translation>La dernière modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="154"/>
        <source>Changes cannot be saved</source>
        <translation>Les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="236"/>
        <location filename="../app/ui/main_window.py" line="253"/>
        <source>All changes are saved automatically</source>
        <translation>Toutes les modifications sont enregistrées automatiquement</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="237"/>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="258"/>
        <source>🔒 Read-only: changes cannot be saved</source>
        <translation>🔒 Lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="267"/>
        <source>Server: {where}</source>
        <translation>Serveur&#xa0;: {where}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="268"/>
        <source>Shared database on a server: {where}
Changes are recorded under your user name.</source>
        <translation>Base partagée sur un serveur&#xa0;: {where}
Les modifications sont enregistrées sous votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="274"/>
        <source>File: {name}</source>
        <translation>Fichier&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="275"/>
        <source>Assessment file: {path}
Data folder: {home}</source>
        <translation>Fichier d’évaluations&#xa0;: {path}
Dossier des données&#xa0;: {home}</translation>
    </message>
    <message>
        <location filename="../app/ui/selftest.py" line="120"/>
        <location filename="../app/ui/main_window.py" line="290"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="291"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="295"/>
        <source>&amp;Open database file…</source>
        <translation>&amp;Ouvrir un fichier d’évaluations…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="296"/>
        <source>Open another assessment file</source>
        <translation>Ouvrir un autre fichier d’évaluations</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="297"/>
        <source>New data&amp;base file…</source>
        <translation>Nouveau fic&amp;hier d’évaluations…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="298"/>
        <source>Start a new, empty assessment file</source>
        <translation>Commencer un nouveau fichier d’évaluations vide</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="299"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="300"/>
        <source>Put back the content of an automatic backup; the current file is backed up first</source>
        <translation>Remettre le contenu d’une sauvegarde automatique&#x202f;; le fichier actuel est d’abord sauvegardé</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="302"/>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="303"/>
        <source>Work on assessments shared on a PostgreSQL server</source>
        <translation>Travailler sur des évaluations partagées sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="305"/>
        <source>&amp;Import answers (CSV/Excel)…</source>
        <translation>&amp;Importer des réponses (CSV/Excel)…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="306"/>
        <source>Answer &amp;template (Excel)…</source>
        <translation>&amp;Modèle de réponses (Excel)…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="307"/>
        <source>S&amp;hare assessment…</source>
        <translation>P&amp;artager l’évaluation…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="308"/>
        <source>Write an exchange file to hand the assessment to a workshop participant, or your answers to the facilitator</source>
        <translation>Écrire un fichier d’échange pour remettre l’évaluation à un participant de l’atelier, ou vos réponses à l’animateur</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="310"/>
        <source>Rec&amp;eive files…</source>
        <translation>Re&amp;cevoir des fichiers…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="311"/>
        <source>Add assessments and contributions from exchange files and filled answer templates</source>
        <translation>Ajouter des évaluations et des contributions à partir de fichiers d’échange et de modèles de réponses remplis</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="314"/>
        <source>Export to E&amp;xcel…</source>
        <translation>Exporter vers E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="315"/>
        <source>Export to &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="317"/>
        <source>&amp;Close assessment</source>
        <translation>&amp;Fermer l’évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="318"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="319"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="320"/>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="321"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifier les informations…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="322"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="324"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="325"/>
        <source>Who changed the details and the weights of the assessment, when, from what to what</source>
        <translation>Qui a modifié les informations et les poids de l’évaluation, quand, et de quoi à quoi</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="328"/>
        <source>Start a follow-&amp;up…</source>
        <translation>Lancer un s&amp;uivi…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="329"/>
        <source>A new review of the same country that starts from this one&apos;s answers, to confirm</source>
        <translation>Un nouvel examen du même pays qui part des réponses de celui-ci, à confirmer</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="330"/>
        <source>&amp;Compare assessments…</source>
        <translation>&amp;Comparer des évaluations…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="331"/>
        <source>Two or more assessments side by side</source>
        <translation>Deux évaluations ou plus côte à côte</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="332"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="333"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="341"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="341"/>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="341"/>
        <source>Ac&amp;tion plan</source>
        <translation>Plan d’ac&amp;tion</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="342"/>
        <source>Wor&amp;kshop</source>
        <translation>Atel&amp;ier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="345"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="348"/>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="350"/>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="351"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="435"/>
        <source>“Don&apos;t know”: {n} ({key})</source>
        <translation>«&#xa0;Ne sait pas&#xa0;»&#xa0;: {n} ({key})</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="438"/>
        <source>to confirm: {n} ({key})</source>
        <translation>à confirmer : {n} ({key})</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="440"/>
        <source>Unanswered: 0 ·</source>
        <translation>Sans réponse&#xa0;: 0 ·</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="334"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="224"/>
        <source>Not done: {what}. What you typed could not be saved first, so it would have been missing; the reason is shown at the top of the window and your text is still on screen. Try again once it is saved.</source>
        <translation>Non effectué&#xa0;: {what}. Ce que vous avez saisi n’a pas pu être enregistré d’abord et aurait donc manqué&#x202f;; la raison est indiquée en haut de la fenêtre et votre texte est toujours à l’écran. Réessayez une fois qu’il est enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="335"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="336"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="363"/>
        <source>Next &amp;unanswered question</source>
        <translation>Question &amp;sans réponse suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="364"/>
        <source>The next question without an answer, wrapping round at the end</source>
        <translation>La prochaine question sans réponse, en reprenant au début après la dernière</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="365"/>
        <source>&amp;Previous unanswered question</source>
        <translation>Question sans réponse &amp;précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="367"/>
        <source>Next “&amp;Don&apos;t know” answer</source>
        <translation>Réponse «&#xa0;&amp;Ne sait pas&#xa0;» suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="368"/>
        <source>The next question answered “Don&apos;t know”, to complete it later</source>
        <translation>La prochaine question à laquelle on a répondu «&#xa0;Ne sait pas&#xa0;», pour la compléter</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="369"/>
        <source>Next &amp;carried-over answer</source>
        <translation>Réponse &amp;reprise suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="370"/>
        <source>The next answer carried over from the previous review, to confirm or change</source>
        <translation>La prochaine réponse reprise de l’examen précédent, à confirmer ou modifier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="372"/>
        <source>Next d&amp;isagreement</source>
        <translation>&amp;Désaccord suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="373"/>
        <source>In the workshop view, the next question where the contributors disagree and no decision was taken</source>
        <translation>Dans la vue de l’atelier, la question suivante où les contributeurs sont en désaccord sans décision prise</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="375"/>
        <source>Previous disa&amp;greement</source>
        <translation>Désaccord précéden&amp;t</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="380"/>
        <source>&amp;Next section</source>
        <translation>Section su&amp;ivante</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="381"/>
        <source>P&amp;revious section</source>
        <translation>Section pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="392"/>
        <source>No question is left where the contributors disagree without a decision.</source>
        <translation>Il ne reste aucune question où les contributeurs sont en désaccord sans décision.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="430"/>
        <source>Every question has an answer.</source>
        <translation>Toutes les questions ont une réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="409"/>
        <source>No question is answered “Don&apos;t know”.</source>
        <translation>Aucune question n’a pour réponse «&#xa0;Ne sait pas&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="410"/>
        <source>No answer is left to confirm.</source>
        <translation>Il ne reste aucune réponse à confirmer.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="411"/>
        <source>This is the last section.</source>
        <translation>C’est la dernière section.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="412"/>
        <source>This is the first section.</source>
        <translation>C’est la première section.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="473"/>
        <source>{title} — {country} · {app}</source>
        <translation>{title} — {country} · {app}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="557"/>
        <source>✓ Saved at {time}</source>
        <translation>✓ Enregistré à {time}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="576"/>
        <source>Not saved: this file is read-only</source>
        <translation>Non enregistré&#xa0;: ce fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="579"/>
        <source>⚠ Not saved</source>
        <translation>⚠ Non enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="600"/>
        <source>Save answer template</source>
        <translation>Enregistrer un modèle de réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="608"/>
        <source>Share for a workshop</source>
        <translation>Partager pour un atelier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="612"/>
        <source>Exchange file written: {path}</source>
        <translation>Fichier d’échange écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="625"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="628"/>
        <source>Report written: {path}</source>
        <translation>Rapport écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="726"/>
        <source>The user guide is not available in this build.</source>
        <translation>Le guide de l’utilisateur n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="736"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="736"/>
        <source>OPSC self-assessment {version}
Data folder: {home}</source>
        <translation>Auto-évaluation OPSC {version}
Dossier des données&#xa0;: {home}</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="766"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="767"/>
        <source>The last change could not be saved (see the message at the top of the window). Close anyway and lose it?</source>
        <translation>La dernière modification n’a pas pu être enregistrée (voir le message en haut de la fenêtre). Fermer quand même et la perdre&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="39"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="40"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="41"/>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="42"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="331"/>
        <source>Protected file</source>
        <translation>Fichier protégé</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="332"/>
        <source>The file {name} is protected. Type its passphrase:</source>
        <translation>Le fichier {name} est protégé. Tapez sa phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="334"/>
        <source>Wrong passphrase (or the file was changed since it was written). Try again, or skip this file.</source>
        <translation>Phrase secrète incorrecte (ou le fichier a été modifié depuis son écriture). Réessayez, ou ignorez ce fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="340"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="341"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="343"/>
        <source>S&amp;how the passphrase</source>
        <translation>A&amp;fficher la phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="347"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="348"/>
        <source>Skip this file</source>
        <translation>Ignorer ce fichier</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../app/ui/progress_text.py" line="20"/>
        <source>Answered {answered} of {applicable}</source>
        <translation>Réponses&#xa0;: {answered} sur {applicable}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="23"/>
        <source>{n} carried over, to confirm</source>
        <translation>{n} reprises, à confirmer</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="31"/>
        <source>Unanswered: {n}</source>
        <translation>Sans réponse&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="32"/>
        <source>Don&apos;t know: {n}</source>
        <translation>Ne sait pas&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="33"/>
        <source>Not applicable, with a reason: {n}</source>
        <translation>Sans objet, avec motif&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="34"/>
        <source>Not applicable, reason still missing: {n}</source>
        <translation>Sans objet, motif encore manquant&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="36"/>
        <source>Carried over, to confirm: {n}</source>
        <translation>Reprises de l&apos;examen précédent, à confirmer&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="38"/>
        <source>To review after a questionnaire update: {n}</source>
        <translation>À revoir après une mise à jour du questionnaire&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="47"/>
        <source>provisional: {score}</source>
        <translation>provisoire&#xa0;: {score}</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="57"/>
        <source>no band (provisional)</source>
        <translation>pas de niveau (provisoire)</translation>
    </message>
    <message>
        <location filename="../app/ui/progress_text.py" line="58"/>
        <source>no band: coverage under two thirds</source>
        <translation>pas de niveau&#xa0;: couverture inférieure aux deux tiers</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../app/ui/question_page.py" line="88"/>
        <source>Section introduction</source>
        <translation>Introduction de la section</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="91"/>
        <source>Show or hide the section introduction</source>
        <translation>Afficher ou masquer l’introduction de la section</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="97"/>
        <source>Position in the section</source>
        <translation>Position dans la section</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="107"/>
        <location filename="../app/ui/question_page.py" line="109"/>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="129"/>
        <location filename="../app/ui/question_page.py" line="476"/>
        <source>(English — no translation)</source>
        <translation>(anglais — pas de traduction)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="150"/>
        <location filename="../app/ui/question_page.py" line="523"/>
        <source>Answer (keys 1–6)</source>
        <translation>Réponse (touches 1–6)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="162"/>
        <source>{meaning}. Key {n}, or Alt+{n} from a text box</source>
        <translation>{meaning}. Touche {n}, ou Alt+{n} depuis une zone de texte</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="175"/>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="176"/>
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="185"/>
        <source>the measure exists and works</source>
        <translation>la mesure existe et fonctionne</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="186"/>
        <source>it exists, with minor shortcomings</source>
        <translation>elle existe, avec des lacunes mineures</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="187"/>
        <source>some elements exist; important parts are missing</source>
        <translation>certains éléments existent&#x202f;; des parties importantes manquent</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="188"/>
        <source>nothing yet</source>
        <translation>rien pour l’instant</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="189"/>
        <source>does not concern your country; a reason is required</source>
        <translation>ne concerne pas votre pays&#x202f;; un motif est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="190"/>
        <source>no one present could answer; counts as unanswered</source>
        <translation>personne ne peut répondre&#x202f;; compte comme sans réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="201"/>
        <source>To review: this question changed meaning when the questionnaire was updated. The answer given before is kept; check that it still holds, then mark it as reviewed (answering again also does).</source>
        <translation>À revoir&#xa0;: cette question a changé de sens lors de la mise à jour du questionnaire. La réponse donnée auparavant est conservée&#x202f;; vérifiez qu&apos;elle reste exacte, puis marquez-la comme revue (répondre de nouveau suffit aussi).</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="204"/>
        <source>Mark as re&amp;viewed</source>
        <translation>Marquer comme re&amp;vue</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="219"/>
        <source>↻ Carried over from the previous review — to confirm. The answer below is the one given last time; it does not count until you confirm it (Ctrl+K) or change it.</source>
        <translation>↻ Reprise de l’examen précédent — à confirmer. La réponse ci-dessous est celle donnée la dernière fois&#xa0;; elle ne compte pas tant que vous ne l’avez pas confirmée (Ctrl+K) ou modifiée.</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="221"/>
        <source>Confirm: &amp;keep this answer</source>
        <translation>Confirmer&#xa0;: &amp;garder cette réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="222"/>
        <source>The answer still holds: count it (Ctrl+K)</source>
        <translation>La réponse tient toujours&#xa0;: la compter (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="256"/>
        <source>&amp;Institution best placed to answer (for the follow-up list):</source>
        <translation>&amp;Institution la mieux placée pour répondre (pour la liste de suivi)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="258"/>
        <source>e.g. Ministry of the Interior, statistics office</source>
        <translation>p. ex. ministère de l&apos;Intérieur, institut de statistique</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="259"/>
        <source>Institution best placed to answer</source>
        <translation>Institution la mieux placée pour répondre</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="270"/>
        <source>&amp;Why does this question not apply? (required)</source>
        <translation>P&amp;ourquoi cette question est-elle sans objet&#x202f;? (obligatoire)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="272"/>
        <source>Reason why the question does not apply</source>
        <translation>Motif pour lequel la question est sans objet</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="274"/>
        <source>“Not applicable” needs a reason: until one is written, the question counts as unanswered.</source>
        <translation>«&#xa0;Sans objet&#xa0;» exige un motif&#xa0;: tant qu’il n’est pas écrit, la question compte comme sans réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="288"/>
        <source>e.g. Penal Code, art. {article}</source>
        <translation>p. ex. Code pénal, art. {article}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="292"/>
        <source>— not stated —</source>
        <translation>— non précisé —</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="302"/>
        <source>C&amp;onfidence in this answer:</source>
        <translation>Fia&amp;bilité de cette réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="303"/>
        <source>&amp;Evidence (documents, data, sources):</source>
        <translation>Éléments de &amp;preuve (documents, données, sources)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="304"/>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="309"/>
        <source>Confidence in this answer</source>
        <translation>Fiabilité de cette réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="310"/>
        <source>Declared, documented or verified</source>
        <translation>Déclaré, documenté ou vérifié</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="311"/>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="312"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="313"/>
        <source>Legal provision: statute and article</source>
        <translation>Disposition légale&#xa0;: texte et article</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="321"/>
        <source>&amp;Previous</source>
        <translation>Pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="322"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="328"/>
        <source>Previous question (Page Up)</source>
        <translation>Question précédente (Page préc.)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="329"/>
        <source>Next question (Page Down or Ctrl+Enter)</source>
        <translation>Question suivante (Page suiv. ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="330"/>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="331"/>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="337"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="338"/>
        <source>Who changed this answer, when, from what to what (Ctrl+H)</source>
        <translation>Qui a modifié cette réponse, quand, et de quoi à quoi (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="339"/>
        <source>History of this answer</source>
        <translation>Historique de cette réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="442"/>
        <source>Question {n} of {total} in this section · {id}</source>
        <translation>Question {n} sur {total} dans cette section · {id}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="445"/>
        <source>Question {id}</source>
        <translation>Question {id}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="449"/>
        <source>The Guidelines ask with words of different force (the State must, urges, should, encourages…). A firmer request weighs more in the score: a question that counts 2× moves the score twice as much as one that counts 1×.</source>
        <translation>Les Lignes directrices formulent leurs demandes avec plus ou moins de force (l’État doit, est prié instamment, devrait, est encouragé…). Une demande plus ferme pèse davantage dans le score&#xa0;: une question qui compte 2× fait varier le score deux fois plus qu’une question qui compte 1×.</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="454"/>
        <source>&lt;b&gt;&amp;Legal provision — statute and article that give effect to this (asked by this question):&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Disposition légale — texte et article qui y donnent effet (demandée par cette question)&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="456"/>
        <source>&amp;Legal provision (statute and article), if any:</source>
        <translation>&amp;Disposition légale (texte et article), le cas échéant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="471"/>
        <source>Question {n} / {total}</source>
        <translation>Question {n} / {total}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="479"/>
        <source>must</source>
        <translation>doit</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="479"/>
        <source>reminds</source>
        <translation>rappelle</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="479"/>
        <source>urges</source>
        <translation>prie instamment</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="480"/>
        <source>should</source>
        <translation>devrait</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="480"/>
        <source>recommends</source>
        <translation>recommande</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="481"/>
        <source>encourages</source>
        <translation>encourage</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="482"/>
        <source>Guidelines {paragraphs}</source>
        <translation>Lignes directrices {paragraphs}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="484"/>
        <source>OPSC art. {articles}</source>
        <translation>OPSC art. {articles}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="485"/>
        <source>The Guidelines’ request: “{strength}” — counts {weight}× in the score</source>
        <translation>Demande des Lignes directrices&#xa0;: «&#xa0;{strength}&#xa0;» — compte {weight}× dans le score</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="489"/>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <location filename="../app/ui/question_page.py" line="522"/>
        <source>Answer (keys 1–6) — carried over, to confirm</source>
        <translation>Réponse (touches 1–6) — reprise, à confirmer</translation>
    </message>
</context>
<context>
    <name>QuestionnaireProblemsDialog</name>
    <message>
        <location filename="../app/ui/errors.py" line="107"/>
        <source>The questionnaire has errors</source>
        <translation>Le questionnaire contient des erreurs</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="109"/>
        <source>The questionnaire in {path} has errors (total: {n}). The app has started, but assessments cannot be opened until the file is fixed.</source>
        <translation>Le questionnaire de {path} contient des erreurs (total&#xa0;: {n}). L’application a démarré, mais les évaluations ne peuvent pas être ouvertes tant que le fichier n’est pas corrigé.</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="116"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="116"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="116"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="116"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="117"/>
        <source>Problems in the questionnaire files</source>
        <translation>Problèmes dans les fichiers du questionnaire</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../app/ui/charts.py" line="226"/>
        <source>Scores by chapter</source>
        <translation>Scores par chapitre</translation>
    </message>
    <message>
        <location filename="../app/ui/charts.py" line="230"/>
        <source>{label}: {score}</source>
        <translation>{label}&#xa0;: {score}</translation>
    </message>
</context>
<context>
    <name>ReceiveFiles</name>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="453"/>
        <source>Wrong passphrase, {n} times: the file was left aside.</source>
        <translation>Phrase secrète incorrecte, {n} fois&#xa0;: le fichier a été laissé de côté.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="515"/>
        <source>Receive files</source>
        <translation>Recevoir des fichiers</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="516"/>
        <source>Exchange files and answer templates (*.opsc *.xlsx);;Exchange files (*.opsc);;Excel answer templates (*.xlsx)</source>
        <translation>Fichiers d’échange et modèles de réponses (*.opsc *.xlsx);;Fichiers d’échange (*.opsc);;Modèles de réponses Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReceiveSummary</name>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="535"/>
        <source>Files received</source>
        <translation>Fichiers reçus</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="538"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="538"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="543"/>
        <source>What became of each file</source>
        <translation>Ce qu’il est advenu de chaque fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="559"/>
        <source>Files: {n} — new assessments: {added}, contributions: {contributions}, refused: {refused}, left aside: {skipped}. A refused file changed nothing.</source>
        <translation>Fichiers&#xa0;: {n} — nouvelles évaluations&#xa0;: {added}, contributions&#xa0;: {contributions}, refusés&#xa0;: {refused}, laissés de côté&#xa0;: {skipped}. Un fichier refusé n’a rien modifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="565"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="583"/>
        <source>Added: a new assessment, “{title}”</source>
        <translation>Ajouté&#xa0;: une nouvelle évaluation, «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="586"/>
        <source>Contribution from {by} to “{title}”</source>
        <translation>Contribution de {by} à «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="588"/>
        <source>(replaces the one from {was}, sent from the same computer; kept in the history)</source>
        <translation>(remplace celle de {was}, envoyée depuis le même ordinateur&#xa0;; gardée dans l’historique)</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="591"/>
        <source>(replaces their earlier one, kept in the history)</source>
        <translation>(remplace sa contribution précédente, conservée dans l’historique)</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="595"/>
        <source>another computer&apos;s contribution under the name {by} stays beside it, shown with a number; ask each group to write its own name when it shares</source>
        <translation>la contribution d’un autre ordinateur sous le nom {by} reste à côté, affichée avec un numéro&#xa0;; demandez à chaque groupe d’écrire son nom quand il partage</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="599"/>
        <source>another participant already sent answers under the name {by} from another computer: both are kept, shown with a number; ask each group to write its own name when it shares</source>
        <translation>un autre participant a déjà envoyé des réponses sous le nom {by} depuis un autre ordinateur&#xa0;: les deux sont gardées, affichées avec un numéro&#xa0;; demandez à chaque groupe d’écrire son propre nom quand il partage</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="604"/>
        <source>Left aside: no passphrase or name given</source>
        <translation>Laissé de côté&#xa0;: aucune phrase secrète ni aucun nom donné</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="605"/>
        <source>Refused, nothing changed: {reason}</source>
        <translation>Refusé, rien n’a été modifié&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportFields</name>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="270"/>
        <source>Draft (not validated yet)</source>
        <translation>Projet (pas encore validé)</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="271"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="273"/>
        <source>Name and function, e.g. A. Koné, Director of Human Rights</source>
        <translation>Nom et fonction, p. ex. A. Koné, directeur des droits de l’homme</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="277"/>
        <source>One a line: ministries, courts, police, NGOs, UN agencies…</source>
        <translation>Une par ligne&#xa0;: ministères, juridictions, police, ONG, agences des Nations Unies…</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="278"/>
        <source>Who answered, in which meetings or workshops, between which dates, with which documents</source>
        <translation>Qui a répondu, lors de quelles réunions ou ateliers, entre quelles dates, avec quels documents</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="280"/>
        <source>The key findings, in your own words: printed at the top of the report&apos;s summary</source>
        <translation>Les principaux constats, dans vos propres mots&#xa0;: imprimés en tête de la synthèse du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="282"/>
        <source>What the assessment could not cover or verify</source>
        <translation>Ce que l’évaluation n’a pas pu couvrir ou vérifier</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="300"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="300"/>
        <source>Status of the report</source>
        <translation>Statut du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="301"/>
        <source>Validated &amp;by:</source>
        <translation>&amp;Validé par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="301"/>
        <source>Who validated the report</source>
        <translation>Qui a validé le rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="302"/>
        <source>Validated o&amp;n:</source>
        <translation>Validé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="302"/>
        <source>Date of validation</source>
        <translation>Date de validation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="303"/>
        <source>&amp;Institutions consulted:</source>
        <translation>Institutions &amp;consultées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="303"/>
        <source>Institutions consulted</source>
        <translation>Institutions consultées</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="304"/>
        <source>How the assessment was carried out</source>
        <translation>Déroulement de l’évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="304"/>
        <source>&amp;How the assessment was carried out:</source>
        <translation>Déro&amp;ulement de l’évaluation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="305"/>
        <source>&amp;Key findings:</source>
        <translation>Principaux co&amp;nstats&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="305"/>
        <source>Key findings</source>
        <translation>Principaux constats</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="306"/>
        <source>&amp;Limitations:</source>
        <translation>Lim&amp;ites&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/assessment_dialogs.py" line="306"/>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="84"/>
        <location filename="../app/ui/backups_dialog.py" line="158"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="88"/>
        <source>The file is damaged. Choose a backup to put in its place; the damaged file is moved, unchanged, to the backups folder (ending in “-damaged”), so nothing is lost.</source>
        <translation>Le fichier est endommagé. Choisissez une sauvegarde à mettre à sa place&#xa0;; le fichier endommagé est déplacé, inchangé, dans le dossier des sauvegardes (son nom se termine par «&#xa0;-damaged&#xa0;»), donc rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="91"/>
        <source>Backups are made automatically at the first change of each day and before each import or upgrade. Choose one to put its content back; the current file is backed up first, so nothing is lost.</source>
        <translation>Des sauvegardes sont faites automatiquement à la première modification de chaque jour et avant chaque importation ou mise à niveau. Choisissez-en une pour en remettre le contenu&#x202f;; le fichier actuel est d’abord sauvegardé, rien n’est donc perdu.</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="98"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="98"/>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="98"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="99"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="100"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="115"/>
        <source>There are no backups of this file yet.</source>
        <translation>Ce fichier n’a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="118"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="130"/>
        <source>first change of the day</source>
        <translation>première modification du jour</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="130"/>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="131"/>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="131"/>
        <source>before a merge</source>
        <translation>avant une fusion</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="132"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="132"/>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="137"/>
        <source>cannot be read: {reason}</source>
        <translation>illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="139"/>
        <source>no assessments</source>
        <translation>aucune évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="140"/>
        <source>{title} ({country}): {n} answered</source>
        <translation>{title} ({country})&#xa0;: {n} réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="153"/>
        <source>Put the backup of {date} in place of the damaged file? Changes made after {date} are not in it.</source>
        <translation>Mettre la sauvegarde du {date} à la place du fichier endommagé&#xa0;? Les modifications faites après le {date} n’y sont pas.</translation>
    </message>
    <message>
        <location filename="../app/ui/backups_dialog.py" line="156"/>
        <source>Put back the content of the backup of {date}? The current file is backed up first, so this can be undone from this same list.</source>
        <translation>Remettre le contenu de la sauvegarde du {date}&#x202f;? Le fichier actuel est d’abord sauvegardé&#xa0;: vous pourrez annuler depuis cette même liste.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../app/ui/results.py" line="297"/>
        <source>Adjust &amp;weights…</source>
        <translation>Ajuster les &amp;poids…</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="298"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="299"/>
        <source>Score by section</source>
        <translation>Score par section</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="300"/>
        <source>Score by chapter</source>
        <translation>Score par chapitre</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="302"/>
        <source>Gaps to close</source>
        <translation>Écarts à combler</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="304"/>
        <location filename="../app/ui/results.py" line="322"/>
        <location filename="../app/ui/results.py" line="334"/>
        <location filename="../app/ui/results.py" line="339"/>
        <location filename="../app/ui/results.py" line="344"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="304"/>
        <location filename="../app/ui/results.py" line="344"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="304"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="304"/>
        <source>Conservative</source>
        <translation>Prudent</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="304"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="305"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="305"/>
        <source>Evidence: declared · documented · verified</source>
        <translation>Preuves&#xa0;: déclaré · documenté · vérifié</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="316"/>
        <source>Scores by section</source>
        <translation>Scores par section</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="317"/>
        <source>&amp;Section:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="318"/>
        <source>Co&amp;nfidence:</source>
        <translation>Fia&amp;bilité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="319"/>
        <source>&amp;Open question</source>
        <translation>&amp;Ouvrir la question</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="320"/>
        <source>&amp;Create action…</source>
        <translation>&amp;Créer une action…</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="322"/>
        <location filename="../app/ui/results.py" line="334"/>
        <location filename="../app/ui/results.py" line="339"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="322"/>
        <location filename="../app/ui/results.py" line="339"/>
        <source>Question text</source>
        <translation>Texte de la question</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="322"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="322"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="323"/>
        <source>Weight × gap</source>
        <translation>Poids × écart</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="323"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="324"/>
        <source>How firmly the Guidelines ask: a question of weight 2 counts twice as much as one of weight 1</source>
        <translation>La fermeté de la demande des Lignes directrices&#xa0;: une question de poids 2 compte deux fois plus qu’une question de poids 1</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="326"/>
        <source>Weight × gap: the weight times what is missing (not in place 1, partially 2/3, largely 1/3). The largest come first: they would raise the score most</source>
        <translation>Poids × écart&#xa0;: le poids multiplié par ce qui manque (pas en place 1, partiellement 2/3, largement 1/3). Les plus grands viennent en premier&#xa0;: ce sont eux qui feraient le plus progresser le score</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="331"/>
        <source>Gaps to close, largest weight × gap first</source>
        <translation>Écarts à combler, du plus grand poids × écart au plus petit</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="332"/>
        <location filename="../app/ui/results.py" line="441"/>
        <source>Changed weights</source>
        <translation>Poids modifiés</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="334"/>
        <source>Questionnaire weight</source>
        <translation>Poids du questionnaire</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="334"/>
        <source>Weight used</source>
        <translation>Poids utilisé</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="335"/>
        <source>Reason recorded</source>
        <translation>Motif enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="336"/>
        <source>Weights changed for this assessment, with their reasons</source>
        <translation>Poids modifiés pour cette évaluation, avec leurs motifs</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="340"/>
        <source>Institution best placed to answer</source>
        <translation>Institution la mieux placée pour répondre</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="341"/>
        <location filename="../app/ui/results.py" line="458"/>
        <source>Questions answered “Don&apos;t know”, to follow up</source>
        <translation>Questions ayant reçu la réponse «&#xa0;Ne sait pas&#xa0;», à suivre</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="342"/>
        <source>Workshop agreement</source>
        <translation>Accord de l’atelier</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="344"/>
        <source>All agree</source>
        <translation>Tous d’accord</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="344"/>
        <source>Disagree</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="344"/>
        <source>One answer</source>
        <translation>Une réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="345"/>
        <source>No answer</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="345"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="346"/>
        <source>The share of the questions answered by two contributors or more on which they all gave the same answer</source>
        <translation>La part des questions auxquelles au moins deux contributeurs ont répondu et pour lesquelles tous ont donné la même réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="351"/>
        <source>How far the workshop&apos;s contributors agreed, by section</source>
        <translation>Dans quelle mesure les contributeurs de l’atelier étaient d’accord, par section</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="360"/>
        <source>All sections</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="364"/>
        <source>Any confidence</source>
        <translation>Toute fiabilité</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="367"/>
        <source>Confidence not given</source>
        <translation>Fiabilité non indiquée</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="412"/>
        <source>{u} of the {n} questions answered by two contributors or more</source>
        <translation>{u} des {n} questions auxquelles au moins deux contributeurs ont répondu</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="414"/>
        <source>No question answered by two contributors or more</source>
        <translation>Aucune question à laquelle au moins deux contributeurs ont répondu</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="435"/>
        <source>(no reason recorded)</source>
        <translation>(aucun motif enregistré)</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="440"/>
        <source>Changed weights ({n})</source>
        <translation>Poids modifiés ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="463"/>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="463"/>
        <source>No assessment is open.</source>
        <translation>Aucune évaluation n’est ouverte.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="464"/>
        <source>Coverage: {cov} of applicable questions answered ({a} of {n})</source>
        <translation>Couverture&#xa0;: {cov} des questions applicables ont une réponse ({a} sur {n})</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="477"/>
        <source>Conservative score (unanswered counted as 0): {c}</source>
        <translation>Score prudent (questions sans réponse comptées 0)&#xa0;: {c}</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="483"/>
        <source>Coverage: the share of the applicable questions that have an answer; with low coverage the score is provisional. Score: how far the measures asked about are in place, over the answered questions (fully 100, largely 67, partially 33, not 0), firmer requests of the Guidelines weighing more. Conservative: the same with every unanswered question counted as 0.</source>
        <translation>Couverture&#xa0;: la part des questions applicables qui ont une réponse&#x202f;; si elle est faible, le score est provisoire. Score&#xa0;: dans quelle mesure les mesures demandées sont en place, sur les questions répondues (pleinement 100, largement 67, partiellement 33, pas en place 0), les demandes les plus fermes des Lignes directrices pesant davantage. Prudent&#xa0;: le même calcul, chaque question sans réponse comptant pour 0.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="489"/>
        <source>Overall score {s}, {band}</source>
        <translation>Score global {s}, {band}</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="305"/>
        <source>Equal
weights</source>
        <translation>Poids
égaux</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="301"/>
        <source>Score tables</source>
        <translation>Tableaux des scores</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="308"/>
        <source>The score with every question weighing the same: if it differs much from the score, the weights decide the result</source>
        <translation>Le score si toutes les questions pesaient autant&#xa0;: s’il diffère beaucoup du score, ce sont les poids qui font le résultat</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="310"/>
        <source>How the answers of the section are backed: declared (someone says so), documented (a text shows it), verified (checked independently); shares of the answered questions</source>
        <translation>Sur quoi reposent les réponses de la section&#xa0;: déclaré (quelqu’un l’affirme), documenté (un texte le montre), vérifié (contrôlé de façon indépendante)&#x202f;; parts des questions répondues</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="337"/>
        <location filename="../app/ui/results.py" line="457"/>
        <source>Don&apos;t know ({n})</source>
        <translation>Ne sait pas ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="395"/>
        <source>To confirm ({n})</source>
        <translation>À confirmer ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="396"/>
        <source>Answers carried over from the earlier assessment, still to confirm</source>
        <translation>Réponses reprises de l’évaluation précédente, encore à confirmer</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="502"/>
        <source>{mark} Weights changed for this assessment: {n} (marked {mark}; see “Changed weights”). Overall score with the questionnaire&apos;s own weights: {own}.</source>
        <translation>{mark} Poids modifiés pour cette évaluation&#xa0;: {n} (marqués {mark}&#x202f;; voir «&#xa0;Poids modifiés&#xa0;»). Score global avec les poids du questionnaire&#xa0;: {own}.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="507"/>
        <source>The band is the level the score reaches (minimal, initial, developing, established, advanced; see the methodology in the report). “No band”: fewer than two thirds of the applicable questions are answered, too few to give a level.</source>
        <translation>Le niveau est le palier atteint par le score (minimal, initial, en développement, établi, avancé&#x202f;; voir la méthodologie dans le rapport). «&#xa0;Pas de niveau&#xa0;»&#xa0;: moins des deux tiers des questions applicables ont une réponse, trop peu pour donner un niveau.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="512"/>
        <source>The share of the applicable questions (all but “Not applicable”) that have an answer. “Don&apos;t know” counts as unanswered.</source>
        <translation>La part des questions applicables (toutes sauf «&#xa0;Sans objet&#xa0;») qui ont une réponse. «&#xa0;Ne sait pas&#xa0;» compte comme sans réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="516"/>
        <source>How far the measures asked about are in place, over the answered questions only: fully in place counts 100, largely 67, partially 33, not in place 0; each question weighs as firmly as the Guidelines ask (must, should, encourages…).</source>
        <translation>Dans quelle mesure les mesures demandées sont en place, sur les seules questions répondues&#xa0;: pleinement en place compte 100, largement 67, partiellement 33, pas en place 0&#x202f;; chaque question pèse selon la fermeté de la demande des Lignes directrices (doit, devrait, encourage…).</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="521"/>
        <source>The score if every unanswered question were “not in place”: the lowest the score can be once everything is answered.</source>
        <translation>Le score si chaque question sans réponse était «&#xa0;pas en place&#xa0;»&#xa0;: le plus bas que le score puisse atteindre une fois tout répondu.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="545"/>
        <source>Weights changed for: {ids}</source>
        <translation>Poids modifiés pour&#xa0;: {ids}</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="593"/>
        <source>Questionnaire weight {a}, changed to {b}</source>
        <translation>Poids du questionnaire {a}, modifié en {b}</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="597"/>
        <source>Reason: {reason}</source>
        <translation>Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="600"/>
        <source>Among the ten largest gaps with the questionnaire&apos;s weight (rank {rank}): still shown here although its weight was lowered.</source>
        <translation>Parmi les dix écarts les plus importants avec le poids du questionnaire (rang {rank})&#xa0;: reste affiché ici bien que son poids ait été abaissé.</translation>
    </message>
    <message>
        <location filename="../app/ui/results.py" line="607"/>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <location filename="../app/ui/section_tree.py" line="72"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="72"/>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="73"/>
        <source>Questions answered, out of the questions that apply</source>
        <translation>Questions répondues, sur les questions applicables</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="79"/>
        <source>Chapters and sections</source>
        <translation>Chapitres et sections</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="80"/>
        <source>Choose a section to answer its questions</source>
        <translation>Choisissez une section pour répondre à ses questions</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="180"/>
        <source>{mark} {n}: answers carried over from the earlier assessment, still to confirm</source>
        <translation>{mark} {n}&#xa0;: réponses reprises de l’évaluation précédente, encore à confirmer</translation>
    </message>
    <message>
        <location filename="../app/ui/section_tree.py" line="161"/>
        <source>Contributors disagree, not decided: {c} · disagree, decided: {d} · all agree: {u} · one answer only: {s} · no answer: {n}</source>
        <translation>Désaccord non tranché&#xa0;: {c} · désaccord tranché&#xa0;: {d} · tous d’accord&#xa0;: {u} · une seule réponse&#xa0;: {s} · aucune réponse&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../app/ui/server_dialog.py" line="24"/>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="26"/>
        <source>Work on assessments shared on a PostgreSQL server. Your password is asked each time and is never saved. Ask the server&apos;s administrator for these details.</source>
        <translation>Travaillez sur des évaluations partagées sur un serveur PostgreSQL. Votre mot de passe est demandé à chaque fois et n&apos;est jamais enregistré. Demandez ces informations à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="48"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="49"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="50"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="51"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="52"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="53"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="58"/>
        <source>&amp;Connect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="71"/>
        <source>Encrypted (TLS)</source>
        <translation>Chiffré (TLS)</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="72"/>
        <source>Encrypted, server certificate and name checked</source>
        <translation>Chiffré, certificat et nom du serveur vérifiés</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="73"/>
        <source>Encrypted, server certificate checked</source>
        <translation>Chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="74"/>
        <source>Encrypted if the server offers it</source>
        <translation>Chiffré si le serveur le propose</translation>
    </message>
    <message>
        <location filename="../app/ui/server_dialog.py" line="75"/>
        <source>Not encrypted (trusted network only)</source>
        <translation>Non chiffré (réseau de confiance uniquement)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/help.py" line="486"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="487"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="488"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="495"/>
        <source>Reports can be exported in any language, whatever the interface language.</source>
        <translation>Les rapports peuvent être exportés dans n’importe quelle langue, quelle que soit celle de l’interface.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="498"/>
        <source>The new language is used as soon as you press OK.</source>
        <translation>La nouvelle langue s’applique dès que vous cliquez sur OK.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="500"/>
        <source>The new language takes effect when the application restarts.</source>
        <translation>La nouvelle langue prendra effet au redémarrage de l’application.</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="520"/>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="521"/>
        <source>The new language takes effect when the application restarts. Your answers are already saved. Restart now?</source>
        <translation>La nouvelle langue prendra effet au redémarrage de l’application. Vos réponses sont déjà enregistrées. Redémarrer maintenant&#x202f;?</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="523"/>
        <source>Restart &amp;now</source>
        <translation>Redémarrer &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="524"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="97"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="110"/>
        <location filename="../app/ui/exchange_dialogs.py" line="278"/>
        <source>Share assessment</source>
        <translation>Partager l’évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="112"/>
        <source>Your name, as the author of the file</source>
        <translation>Votre nom, comme auteur du fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="114"/>
        <source>Your institution</source>
        <translation>Votre institution</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="115"/>
        <source>e.g. Ministry of Justice</source>
        <translation>p. ex. ministère de la Justice</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="116"/>
        <source>The &amp;whole assessment</source>
        <translation>L’évaluation co&amp;mplète</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="117"/>
        <source>Only the sections &amp;checked below (a group working on some chapters)</source>
        <translation>Seulement les sections &amp;cochées ci-dessous (un groupe qui travaille sur certains chapitres)</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="126"/>
        <source>You were handed out only these sections: {sections}. They are checked; choose the whole assessment to send every section.</source>
        <translation>Seules ces sections vous ont été distribuées&#xa0;: {sections}. Elles sont cochées&#xa0;; choisissez l’évaluation entière pour envoyer toutes les sections.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="132"/>
        <source>Answers outside these sections are not sent unless you choose the whole assessment: {n} ({ids})</source>
        <translation>Réponses hors de ces sections, non envoyées sauf si vous choisissez l’évaluation entière&#xa0;: {n} ({ids})</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="141"/>
        <source>&amp;Protect the file with a passphrase</source>
        <translation>&amp;Protéger le fichier par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="144"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="144"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="158"/>
        <source>This file would carry none of your own answers (every answer is as it was handed out, or blank): the facilitator would receive it as bringing nothing. Answer the questions first, or choose other sections.</source>
        <translation>Ce fichier ne contiendrait aucune de vos réponses (chaque réponse est telle qu’elle a été distribuée, ou vide)&#xa0;: l’animateur le recevrait comme n’apportant rien. Répondez d’abord aux questions, ou choisissez d’autres sections.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="169"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="180"/>
        <source>The hand-out you received was protected with a passphrase: protect what you send back too (agree on the passphrase with the facilitator).</source>
        <translation>Le fichier distribué que vous avez reçu était protégé par une phrase secrète&#xa0;: protégez aussi ce que vous renvoyez (convenez de la phrase secrète avec l’animateur).</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="185"/>
        <source>The hand-out you received was protected with a passphrase, but this file will not be: anyone who gets it can read the answers.</source>
        <translation>Le fichier distribué que vous avez reçu était protégé par une phrase secrète, mais ce fichier ne le sera pas&#xa0;: quiconque l’obtient peut lire les réponses.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="201"/>
        <source>Sections to share</source>
        <translation>Sections à partager</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="220"/>
        <source>&amp;Your name (author of the file):</source>
        <translation>&amp;Votre nom (auteur du fichier)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="221"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="223"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="227"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="231"/>
        <source>P&amp;assphrase:</source>
        <translation>P&amp;hrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="232"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Phrase secrète (&amp;répétée)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="233"/>
        <source>Whoever receives the file needs the passphrase to open it: give it to them by another way than the file (in person, by phone). It cannot be recovered if lost.</source>
        <translation>Qui reçoit le fichier a besoin de la phrase secrète pour l’ouvrir&#xa0;: donnez-la par un autre moyen que le fichier (en personne, par téléphone). Perdue, elle ne peut pas être retrouvée.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="238"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="239"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="279"/>
        <source>Exchange files (*.opsc)</source>
        <translation>Fichiers d’échange (*.opsc)</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="286"/>
        <source>Write your name: whoever receives the file sees who it comes from.</source>
        <translation>Écrivez votre nom&#xa0;: qui reçoit le fichier voit de qui il vient.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="289"/>
        <source>Check at least one section, or choose the whole assessment.</source>
        <translation>Cochez au moins une section, ou choisissez l’évaluation complète.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="292"/>
        <source>The passphrase must have at least {n} characters.</source>
        <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="294"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: tapez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="296"/>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/exchange_dialogs.py" line="313"/>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../app/ui/controller.py" line="545"/>
        <source>This file is open read-only: you can read and export the assessments, but changes are not saved.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: vous pouvez lire et exporter les évaluations, mais les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="548"/>
        <source>The disk holding {path} is full. Free some space, then open the file again.</source>
        <translation>Le disque qui contient {path} est plein. Libérez de la place, puis rouvrez le fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="565"/>
        <source>The disk is full: the last change could not be saved. Free some space; what you typed stays on screen and is saved again once there is room.</source>
        <translation>Le disque est plein&#xa0;: la dernière modification n’a pas pu être enregistrée. Libérez de l’espace&#x202f;; ce que vous avez saisi reste à l’écran et sera enregistré dès qu’il y aura de la place.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="567"/>
        <source>The file {path} is damaged and cannot be opened. It has not been changed. Open a backup from the backups folder, or start a new file.</source>
        <translation>Le fichier {path} est endommagé et ne peut pas être ouvert. Il n’a pas été modifié. Ouvrez une sauvegarde du dossier backups, ou commencez un nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="569"/>
        <source>The file {path} was written by a newer version of this app. It has not been changed. Update the app to open it, or open another file.</source>
        <translation>Le fichier {path} a été écrit par une version plus récente de cette application. Il n’a pas été modifié. Mettez l’application à jour pour l’ouvrir, ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="571"/>
        <source>The server {path} could not be reached or refused the connection: {detail}. Check the address and the network.</source>
        <translation>Le serveur {path} est injoignable ou a refusé la connexion&#xa0;: {detail}. Vérifiez l&apos;adresse et le réseau.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="573"/>
        <source>The server address {path} cannot be used as written: {detail}. Nothing was tried; correct the address.</source>
        <translation>L’adresse du serveur {path} ne peut pas être utilisée telle quelle&#xa0;: {detail}. Aucune connexion n’a été tentée&#x202f;; corrigez l’adresse.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="575"/>
        <source>The server {path} did not accept the user name and password. Check them and try again.</source>
        <translation>Le serveur {path} n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="577"/>
        <source>The database {path} has an older schema, and your account may not upgrade it. Ask the server&apos;s administrator to upgrade it (see docs/server.md).</source>
        <translation>La base {path} a un schéma plus ancien, et votre compte ne peut pas la mettre à niveau. Demandez à l&apos;administrateur du serveur de le faire (voir docs/server.md).</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="580"/>
        <source>The server {path} refused the change: your account is not allowed to make it. Ask the server&apos;s administrator.</source>
        <translation>Le serveur {path} a refusé la modification&#xa0;: votre compte n&apos;a pas le droit de la faire. Adressez-vous à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="582"/>
        <source>Someone else changed this record on {path} since it was loaded; your change was not saved. Reopen it to see theirs, then make your change again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément sur {path} depuis son chargement&#x202f;; votre modification n&apos;a pas été enregistrée. Rouvrez-le pour voir la leur, puis refaites la vôtre.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="585"/>
        <source>The file {path} is not an OPSC assessment file. It has not been changed. Choose another file, or start a new one.</source>
        <translation>Le fichier {path} n’est pas un fichier d’évaluations OPSC. Il n’a pas été modifié. Choisissez un autre fichier, ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="587"/>
        <source>The disk or USB stick holding {path} is read-only (write-protected): the assessments can be read and exported, but changes cannot be saved. Remove the write protection, or copy the file to a writable disk and open it from there.</source>
        <translation>Le disque ou la clé USB qui contient {path} est en lecture seule (protégé en écriture)&#xa0;: les évaluations peuvent être lues et exportées, mais les modifications ne peuvent pas être enregistrées. Retirez la protection en écriture, ou copiez le fichier sur un disque accessible en écriture et ouvrez-le depuis celui-ci.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="591"/>
        <source>You do not have permission to change {path} or its folder: the assessments can be read and exported, but changes cannot be saved. Ask for write access, or copy the file to a folder of your own and open it from there.</source>
        <translation>Vous n’avez pas l’autorisation de modifier {path} ou son dossier&#xa0;: les évaluations peuvent être lues et exportées, mais les modifications ne peuvent pas être enregistrées. Demandez l’accès en écriture, ou copiez le fichier dans un dossier à vous et ouvrez-le depuis celui-ci.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="595"/>
        <source>You do not have permission to read {path}. It has not been changed. Ask for access to it, or open another file.</source>
        <translation>Vous n’avez pas l’autorisation de lire {path}. Il n’a pas été modifié. Demandez-en l’accès, ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="598"/>
        <source>The file {path} is being used by another program (or another copy of this app) and stayed locked. Nothing was lost: close the other program and try again.</source>
        <translation>Le fichier {path} est utilisé par un autre programme (ou une autre copie de cette application) et est resté verrouillé. Rien n’a été perdu&#xa0;: fermez l’autre programme et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="601"/>
        <source>The disk holding {path} could not be read or written: it may have been removed or be failing. This does not mean the file is damaged. Check that the disk or USB stick is connected and try again; if it keeps happening, copy the file to another disk.</source>
        <translation>Le disque qui contient {path} n’a pas pu être lu ou écrit&#xa0;: il a peut-être été retiré ou il est défaillant. Cela ne veut pas dire que le fichier est endommagé. Vérifiez que le disque ou la clé USB est branché et réessayez&#x202f;; si cela se reproduit, copiez le fichier sur un autre disque.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="605"/>
        <source>The file {path} was made by an older version of this app and must be upgraded before it can be opened, which means writing to it, but this disk or folder cannot be written (read-only, or no permission). It has not been changed. Copy the file to a folder you can write to (for example your Documents folder) and open the copy.</source>
        <translation>Le fichier {path} a été créé par une version plus ancienne de cette application et doit être mis à niveau avant de pouvoir être ouvert, ce qui demande d’y écrire&#xa0;; or ce disque ou ce dossier ne peut pas être modifié (lecture seule, ou pas d’autorisation). Le fichier n’a pas été modifié. Copiez-le dans un dossier où vous pouvez écrire (par exemple votre dossier Documents) et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="610"/>
        <source>The folder of {path} does not exist (a disk or USB stick that is not connected?). Connect it, or open another file.</source>
        <translation>Le dossier de {path} n’existe pas (un disque ou une clé USB non branché&#x202f;?). Branchez-le, ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/controller.py" line="614"/>
        <source>The file {path} could not be used: {detail}</source>
        <translation>Le fichier {path} n’a pas pu être utilisé&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>StorageErrorDialog</name>
    <message>
        <location filename="../app/ui/errors.py" line="166"/>
        <source>The assessment file cannot be opened</source>
        <translation>Le fichier d’évaluations ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="172"/>
        <source>What went wrong</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="174"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="177"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="178"/>
        <source>Start a &amp;new file…</source>
        <translation>Commencer un &amp;nouveau fichier…</translation>
    </message>
    <message>
        <location filename="../app/ui/errors.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Treaty</name>
    <message>
        <location filename="../app/ui/help.py" line="76"/>
        <source>Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography</source>
        <translation>Protocole facultatif à la Convention relative aux droits de l’enfant, concernant la vente d’enfants, la prostitution des enfants et la pornographie mettant en scène des enfants</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../app/ui/help.py" line="435"/>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/ui/help.py" line="437"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide de l’utilisateur est absent de cette installation.</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../app/ui/weights.py" line="55"/>
        <source>Adjust weights</source>
        <translation>Ajuster les poids</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="68"/>
        <source>The weight says how much a question counts in the scores. The questionnaire sets it from the wording of the Guidelines (must 3 … encourages 1). Change it only for a reason you can defend: the report lists every change with its reason.</source>
        <translation>Le poids indique combien une question compte dans les scores. Le questionnaire le fixe d’après la formulation des Lignes directrices (doit 3 … encourage 1). Ne le modifiez que pour une raison que vous pouvez justifier&#xa0;: le rapport liste chaque modification avec son motif.</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="74"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="74"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="74"/>
        <source>Questionnaire weight</source>
        <translation>Poids du questionnaire</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="75"/>
        <source>Weight used</source>
        <translation>Poids utilisé</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="75"/>
        <location filename="../app/ui/weights.py" line="107"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="84"/>
        <source>Questions and their weights</source>
        <translation>Questions et leurs poids</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="95"/>
        <source>Weight of the selected question</source>
        <translation>Poids de la question sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="103"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="106"/>
        <source>Why this question counts more or less here</source>
        <translation>Pourquoi cette question compte plus ou moins ici</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="108"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="110"/>
        <source>&amp;Restore questionnaire weight</source>
        <translation>&amp;Rétablir le poids du questionnaire</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="116"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="118"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="155"/>
        <source>Changed for this assessment from {a} to {b}</source>
        <translation>Modifié pour cette évaluation de {a} à {b}</translation>
    </message>
    <message>
        <location filename="../app/ui/weights.py" line="196"/>
        <source>A weight must be greater than zero. To leave a question out of the scores, answer it “not applicable” with a reason.</source>
        <translation>Un poids doit être supérieur à zéro. Pour exclure une question des scores, répondez «&#xa0;sans objet&#xa0;» avec un motif.</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../app/ui/workshop.py" line="57"/>
        <source>Contributors disagree, not decided yet</source>
        <translation>Les contributeurs ne sont pas d’accord, pas encore tranché</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="58"/>
        <source>Contributors disagree, decided by the facilitator</source>
        <translation>Les contributeurs ne sont pas d’accord, tranché par l’animateur</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="59"/>
        <source>All contributors agree</source>
        <translation>Tous les contributeurs sont d’accord</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="60"/>
        <source>Only one contributor answered</source>
        <translation>Un seul contributeur a répondu</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="61"/>
        <source>No contributor answered</source>
        <translation>Aucun contributeur n’a répondu</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="68"/>
        <source>{by} changed its answer after your decision.</source>
        <translation>{by} a changé sa réponse après votre décision.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="69"/>
        <source>{by} answered this question after your decision.</source>
        <translation>{by} a répondu à cette question après votre décision.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="71"/>
        <source>{by} withdrew its answer after your decision.</source>
        <translation>{by} a retiré sa réponse après votre décision.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="73"/>
        <source>The question is in dispute again.</source>
        <translation>La question est de nouveau en discussion.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="80"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../app/ui/workshop.py" line="156"/>
        <source>Contributions received</source>
        <translation>Contributions reçues</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="158"/>
        <source>Show the questions where</source>
        <translation>Afficher les questions où</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="162"/>
        <source>&amp;Show:</source>
        <translation>&amp;Montrer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="164"/>
        <source>Adopt a&amp;ll unanimous answers…</source>
        <translation>Adopter toutes les réponses &amp;unanimes…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="165"/>
        <source>For the questions that have no facilitator&apos;s answer yet and on which every contributor gave the same answer</source>
        <translation>Pour les questions qui n’ont pas encore de réponse de l’animateur et auxquelles tous les contributeurs ont donné la même réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="173"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="214"/>
        <source>Facilitator&apos;s answer (consensus)</source>
        <translation>Réponse de l’animateur (consensus)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="224"/>
        <source>Contributions to this question</source>
        <translation>Contributions à cette question</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="257"/>
        <source>Show earlier &amp;contributions (history)</source>
        <translation>Afficher les &amp;contributions antérieures (historique)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="258"/>
        <source>A newer file from the same person replaces their contribution; the earlier one is kept and shown here, greyed</source>
        <translation>Un fichier plus récent de la même personne remplace sa contribution&#xa0;; la précédente est conservée et montrée ici, en gris</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="261"/>
        <source>A&amp;dopt the selected answer…</source>
        <translation>A&amp;dopter la réponse choisie…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="263"/>
        <source>Open the questio&amp;n</source>
        <translation>Ouvrir la questio&amp;n</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="283"/>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="283"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="283"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="284"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="284"/>
        <source>Legal provision</source>
        <translation>Disposition légale</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="284"/>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="306"/>
        <source>No contribution has been received for this assessment yet. Share it with the participants (File ▸ Share assessment…), then receive their files (File ▸ Receive files…).</source>
        <translation>Aucune contribution n’a encore été reçue pour cette évaluation. Partagez-la avec les participants (Fichier ▸ Partager l’évaluation…), puis recevez leurs fichiers (Fichier ▸ Recevoir des fichiers…).</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="312"/>
        <source>Contributions from {n} participants: {names}</source>
        <translation>Contributions de {n} participants&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="318"/>
        <source>{by} (no answers of its own)</source>
        <translation>{by} (aucune réponse propre)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="325"/>
        <source>All questions ({n})</source>
        <translation>Toutes les questions ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="326"/>
        <source>Disagree, not decided ({n})</source>
        <translation>Désaccord non tranché ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="327"/>
        <source>All agree ({n})</source>
        <translation>Tous d’accord ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="327"/>
        <source>Disagree, decided ({n})</source>
        <translation>Désaccord tranché ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="328"/>
        <source>Only one answered ({n})</source>
        <translation>Une seule réponse ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="328"/>
        <source>Nobody answered ({n})</source>
        <translation>Aucune réponse ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="428"/>
        <source>Decision note: {note}</source>
        <translation>Note de décision&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="444"/>
        <source>Facilitator&apos;s answer (consensus): none yet</source>
        <translation>Réponse de l’animateur (consensus)&#xa0;: aucune pour l’instant</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="445"/>
        <source>Facilitator&apos;s answer (consensus): {answer}</source>
        <translation>Réponse de l’animateur (consensus)&#xa0;: {answer}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="454"/>
        <source>{by} (earlier, replaced)</source>
        <translation>{by} (antérieure, remplacée)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="490"/>
        <location filename="../app/ui/workshop.py" line="524"/>
        <source>{column}: {value}</source>
        <translation>{column}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="532"/>
        <source>Not shown for lack of room: {columns}. Select a contribution, or point at it, to see them.</source>
        <translation>Non affichées faute de place&#xa0;: {columns}. Sélectionnez une contribution, ou pointez-la, pour les voir.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="693"/>
        <location filename="../app/ui/workshop.py" line="697"/>
        <location filename="../app/ui/workshop.py" line="710"/>
        <source>Adopt all unanimous answers</source>
        <translation>Adopter toutes les réponses unanimes</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="694"/>
        <source>No question to adopt.</source>
        <translation>Aucune question à adopter.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="695"/>
        <source>No question to adopt: no contributor has answered any question yet.</source>
        <translation>Aucune question à adopter&#xa0;: aucun contributeur n’a encore répondu à une question.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="717"/>
        <source>Not adopted, the facilitator&apos;s own answer differs (decide each one): {n}</source>
        <translation>Non adoptées, la réponse de l’animateur est différente (décidez chacune)&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="718"/>
        <source>Not adopted, the contributors disagree (decide each one with a note): {n}</source>
        <translation>Non adoptées, les contributeurs ne sont pas d’accord (décidez chacune avec une note)&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="719"/>
        <source>Not adopted, only one contributor answered: {n}</source>
        <translation>Non adoptées, un seul contributeur a répondu&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="720"/>
        <source>Already the facilitator&apos;s answer, all contributors agree with it: {n}</source>
        <translation>Déjà la réponse de l’animateur, tous les contributeurs sont d’accord avec elle&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="698"/>
        <source>Adopt the answer all contributors agree on for {n} questions that have no facilitator&apos;s answer yet? Questions that already have one are left as they are; each adopted answer can be changed afterwards.</source>
        <translation>Adopter la réponse sur laquelle tous les contributeurs sont d’accord pour {n} questions qui n’ont pas encore de réponse de l’animateur&#xa0;? Les questions qui en ont déjà une restent telles quelles&#xa0;; chaque réponse adoptée peut être modifiée ensuite.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="702"/>
        <source>&amp;Adopt {n}</source>
        <translation>&amp;Adopter {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="703"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop.py" line="711"/>
        <source>Answers adopted: {n}. They are now the facilitator&apos;s answers (the consensus).</source>
        <translation>Réponses adoptées&#xa0;: {n}. Ce sont désormais les réponses de l’animateur (le consensus).</translation>
    </message>
</context>
</TS>
