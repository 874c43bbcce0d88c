<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AudioResultView</name>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="237"/>
        <source>Struck out on red: words the answer key has and this one lacks; on green: words added.</source>
        <translation>Rot durchgestrichen: Wörter, die der Lösungsschlüssel hat und diesem fehlen; grün: hinzugefügte Wörter.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="238"/>
        <source>Struck out on red: words the first annotator has and this one lacks; on green: words added.</source>
        <translation>Rot durchgestrichen: Wörter, die der erste Annotator hat und diesem fehlen; grün: hinzugefügte Wörter.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="288"/>
        <source>(no transcript)</source>
        <translation>(kein Transkript)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="297"/>
        <source>({count} word differ from {first})</source>
        <translation>({count} Wort weicht von {first} ab)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="299"/>
        <source>({count} words differ from {first})</source>
        <translation>({count} Wörter weichen von {first} ab)</translation>
    </message>
</context>
<context>
    <name>DecisionCommand</name>
    <message>
        <location filename="../../annotator/ui/review/review_undo.py" line="16"/>
        <source>Accept {item} by {annotator}</source>
        <translation>{item} von {annotator} annehmen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_undo.py" line="17"/>
        <source>Reject {item} by {annotator}</source>
        <translation>{item} von {annotator} ablehnen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_undo.py" line="18"/>
        <source>Fix {item} by {annotator}</source>
        <translation>{item} von {annotator} korrigieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_undo.py" line="34"/>
        <source>Clear decision on {item} by {annotator}</source>
        <translation>Entscheidung zu {item} von {annotator} aufheben</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_undo.py" line="36"/>
        <source>Decide {item} by {annotator}</source>
        <translation>Über {item} von {annotator} entscheiden</translation>
    </message>
</context>
<context>
    <name>EvaluationResultView</name>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="320"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="321"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="322"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="32"/>
        <source>the reviewer</source>
        <translation>Review-Leitung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="35"/>
        <source>↻ Reopened by {who}: {reason}</source>
        <translation>↻ Wieder geöffnet von {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="37"/>
        <source>✎ {who} fixed this item: {reason}</source>
        <translation>✎ {who} hat dieses Element korrigiert: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="38"/>
        <source>✎ {who} fixed this item (their fix counts in the merge)</source>
        <translation>✎ {who} hat dieses Element korrigiert (die Korrektur zählt beim Zusammenführen)</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="43"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="44"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="45"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="46"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="47"/>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="48"/>
        <source>Active time</source>
        <translation>Aktive Zeit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="49"/>
        <source>Median time/item</source>
        <translation>Median Zeit/Element</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="50"/>
        <source>Gold accuracy</source>
        <translation>Gold-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="51"/>
        <source>Gold items</source>
        <translation>Gold-Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="55"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="61"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="66"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="73"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="56"/>
        <source>Items compared</source>
        <translation>Verglichene Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="57"/>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss&apos; κ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="58"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="63"/>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="62"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="67"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="74"/>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="237"/>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="68"/>
        <source>Items both did</source>
        <translation>Von beiden erledigt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="69"/>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="72"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="75"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="76"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="85"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="220"/>
        <source>Quality figures: {title}</source>
        <translation>Qualitätskennzahlen: {title}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="224"/>
        <source>Computing the figures of the bundles…</source>
        <translation>Kennzahlen der Bundles werden berechnet…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="231"/>
        <source>n/a unless every item compared has as many annotators</source>
        <translation>k. A., außer jedes verglichene Element hat gleich viele Annotatoren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="238"/>
        <source>Items to review</source>
        <translation>Zu prüfende Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="241"/>
        <source>&amp;Annotators</source>
        <translation>&amp;Annotatoren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="245"/>
        <source>Overall, per item kind</source>
        <translation>Gesamt, je Elementart</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="246"/>
        <source>Per label</source>
        <translation>Je Label</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="247"/>
        <source>Per pair of annotators</source>
        <translation>Je Annotatorenpaar</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="251"/>
        <source>A&amp;greement</source>
        <translation>&amp;Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="252"/>
        <source>Items to &amp;review</source>
        <translation>Zu &amp;prüfende Elemente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="253"/>
        <source>&amp;Save HTML report…</source>
        <translation>HTML-Bericht &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="258"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="293"/>
        <source>{annotators} annotator on {items} items, {review} to review.</source>
        <translation>{annotators} Annotator bei {items} Elementen, {review} zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="295"/>
        <source>{annotators} annotators on {items} items, {review} to review.</source>
        <translation>{annotators} Annotatoren bei {items} Elementen, {review} zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="299"/>
        <source>{annotators} annotator on {items} items, {review} to review; no labels to compare for agreement.</source>
        <translation>{annotators} Annotator bei {items} Elementen, {review} zu prüfen; keine Labels für die Übereinstimmung.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="303"/>
        <source>{annotators} annotators on {items} items, {review} to review; no labels to compare for agreement.</source>
        <translation>{annotators} Annotatoren bei {items} Elementen, {review} zu prüfen; keine Labels für die Übereinstimmung.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="316"/>
        <source>The figures cannot be computed: {problems}</source>
        <translation>Die Kennzahlen können nicht berechnet werden: {problems}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="329"/>
        <source>Save the quality report</source>
        <translation>Qualitätsbericht speichern</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="332"/>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="332"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="347"/>
        <source>Writing {path}…</source>
        <translation>{path} wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="351"/>
        <source>Saved the report to {page}, with {annotators} and {items} beside it.</source>
        <translation>Bericht in {page} gespeichert, daneben {annotators} und {items}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/figures_dialog.py" line="358"/>
        <source>The report was not saved: {problems}</source>
        <translation>Der Bericht wurde nicht gespeichert: {problems}</translation>
    </message>
</context>
<context>
    <name>FixChoice</name>
    <message>
        <location filename="../../annotator/ui/review/fix_choice.py" line="62"/>
        <source>Fix {item} ({annotator}): press {options} for the fixed label, then Enter (Esc cancels)</source>
        <translation>{item} ({annotator}) korrigieren: {options} für das richtige Label drücken, dann Eingabe (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_choice.py" line="66"/>
        <source>Fix {item} ({annotator}): press {options} for whose result becomes the fix, then Enter (Esc cancels)</source>
        <translation>{item} ({annotator}) korrigieren: {options} für das Ergebnis drücken, das die Korrektur wird, dann Eingabe (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_choice.py" line="73"/>
        <source>no label</source>
        <translation>kein Label</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_choice.py" line="74"/>
        <source>chosen: {chosen}</source>
        <translation>gewählt: {chosen}</translation>
    </message>
</context>
<context>
    <name>FixEditorDialog</name>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="60"/>
        <source>Fix {item} ({annotator}&apos;s result) — annotator</source>
        <translation>{item} korrigieren (Ergebnis von {annotator}) — annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="88"/>
        <source>Editing {annotator}&apos;s result with the editor&apos;s usual keys · Ctrl+Return use as fix · Ctrl+Z undo · Esc cancel (nothing is decided)</source>
        <translation>Ergebnis von {annotator} mit den üblichen Tasten des Editors bearbeiten · Strg+Eingabe als Korrektur · Strg+Z rückgängig · Esc abbrechen (nichts wird entschieden)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="94"/>
        <source>Use as fix (Ctrl+Return)</source>
        <translation>Als Korrektur (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="96"/>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="119"/>
        <source>Use as fix</source>
        <translation>Als Korrektur verwenden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="143"/>
        <source>⚠ The change was not kept: {error}</source>
        <translation>⚠ Die Änderung wurde nicht übernommen: {error}</translation>
    </message>
</context>
<context>
    <name>ImageResultView</name>
    <message>
        <location filename="../../annotator/ui/review/image_overlay.py" line="32"/>
        <source>answer key</source>
        <translation>Lösungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/image_overlay.py" line="46"/>
        <source>■ {who} · {count} box</source>
        <translation>■ {who} · {count} Box</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/image_overlay.py" line="48"/>
        <source>■ {who} · {count} boxes</source>
        <translation>■ {who} · {count} Boxen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/image_overlay.py" line="209"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/image_overlay.py" line="210"/>
        <source>⚠ This image cannot be shown: {error}</source>
        <translation>⚠ Dieses Bild kann nicht angezeigt werden: {error}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../annotator/ui/review/keys_dialog.py" line="26"/>
        <source>Review keys</source>
        <translation>Tasten des Reviews</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/keys_dialog.py" line="29"/>
        <source>Review keys and what they do</source>
        <translation>Die Tasten der Prüfung und was sie tun</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/keys_dialog.py" line="31"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/keys_dialog.py" line="31"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/keys_dialog.py" line="31"/>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="15"/>
        <source>wrong label</source>
        <translation>falsches Label</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="16"/>
        <source>box too loose</source>
        <translation>Box zu groß</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="17"/>
        <source>missed object</source>
        <translation>Objekt übersehen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="18"/>
        <source>transcript error</source>
        <translation>Transkriptfehler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="19"/>
        <source>guideline not followed</source>
        <translation>Richtlinie nicht befolgt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="23"/>
        <source>1 wrong label</source>
        <translation>1 falsches Label</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="24"/>
        <source>2 box too loose</source>
        <translation>2 Box zu groß</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="25"/>
        <source>3 missed object</source>
        <translation>3 Objekt übersehen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="26"/>
        <source>4 transcript error</source>
        <translation>4 Transkriptfehler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="27"/>
        <source>5 guideline not followed</source>
        <translation>5 Richtlinie nicht befolgt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="29"/>
        <source>Choose a reason (1–5) or type one: the annotator needs to know what to fix.</source>
        <translation>Einen Grund wählen (1–5) oder eingeben: Der Annotator muss wissen, was zu korrigieren ist.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="56"/>
        <source>Reason for rejecting</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="58"/>
        <source>Why is {subject} rejected? The annotator reads this.</source>
        <translation>Warum wird {subject} abgelehnt? Der Annotator liest diesen Grund.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="80"/>
        <source>More words for the annotator (optional with a chip)</source>
        <translation>Weitere Worte für den Annotator (optional mit gewähltem Grund)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="81"/>
        <source>Words for the annotator</source>
        <translation>Worte für die annotierende Person</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="85"/>
        <source>1–5 pick reasons, type to add words · Enter confirms · Esc cancels</source>
        <translation>1–5 wählen Gründe, Tippen fügt Worte hinzu · Eingabe bestätigt · Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/reason_dialog.py" line="128"/>
        <source>The annotator reads: “{reason}”</source>
        <translation>Der Annotator liest: „{reason}“</translation>
    </message>
</context>
<context>
    <name>ResultViews</name>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="356"/>
        <source>Nothing to review yet.</source>
        <translation>Noch nichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ReviewFixFlow</name>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="31"/>
        <source>This package&apos;s schema has no label to fix with.</source>
        <translation>Das Schema dieses Pakets hat kein Label zum Korrigieren.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="45"/>
        <source>A gold item is fixed with F: its media are not in this package.</source>
        <translation>Ein Gold-Element wird mit F korrigiert: Seine Medien sind nicht in diesem Paket.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="53"/>
        <source>The editor for the fix cannot be opened:

{error}</source>
        <translation>Der Editor für die Korrektur kann nicht geöffnet werden:

{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="54"/>
        <source>Cannot open the editor</source>
        <translation>Editor kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="77"/>
        <source>There is no option {number}.</source>
        <translation>Es gibt keine Option {number}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_fix_flow.py" line="88"/>
        <source>Press a digit first.</source>
        <translation>Zuerst eine Ziffer drücken.</translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="83"/>
        <source>Import review</source>
        <translation>Review importieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="85"/>
        <source>Review bundles (*.review.json)</source>
        <translation>Review-Bundles (*.review.json)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="85"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="120"/>
        <source>This review by {reviewer} was imported before: nothing new is reopened.</source>
        <translation>Dieses Review von {reviewer} wurde schon importiert: Nichts Neues wird wieder geöffnet.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="124"/>
        <source>{count} item reopened: {items}</source>
        <translation>{count} Element wieder geöffnet: {items}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="126"/>
        <source>{count} items reopened: {items}</source>
        <translation>{count} Elemente wieder geöffnet: {items}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="128"/>
        <source>{count} items reopened</source>
        <translation>{count} Elemente wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="131"/>
        <source>{count} fixed by {reviewer}: {items}</source>
        <translation>{count} korrigiert von {reviewer}: {items}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="136"/>
        <source>{count} accepted</source>
        <translation>{count} angenommen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="144"/>
        <source>The review was not imported; nothing changed.

{problems}</source>
        <translation>Das Review wurde nicht importiert; nichts wurde geändert.

{problems}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/feedback.py" line="145"/>
        <source>Cannot import review</source>
        <translation>Review kann nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="35"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="36"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="38"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="40"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="44"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="45"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="46"/>
        <source>fixed</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="76"/>
        <source>gold item, not scored: {status}</source>
        <translation>Gold-Element, nicht bewertet: {status}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="84"/>
        <source>gold item failed: accuracy {accuracy}{figures}, below {threshold} fails</source>
        <translation>Gold-Element nicht bestanden: Genauigkeit {accuracy}{figures}, unter {threshold} nicht bestanden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="86"/>
        <source>gold item passed: accuracy {accuracy}{figures}, below {threshold} fails</source>
        <translation>Gold-Element bestanden: Genauigkeit {accuracy}{figures}, unter {threshold} nicht bestanden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="147"/>
        <source>≠: the annotators of this item disagree</source>
        <translation>≠: Die Annotatoren dieses Elements weichen voneinander ab</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="149"/>
        <source>Gold: the result&apos;s accuracy against the answer key (✗ below its kind&apos;s threshold)</source>
        <translation>Gold: Genauigkeit des Ergebnisses gegenüber dem Lösungsschlüssel (✗ unter der Schwelle seiner Art)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="174"/>
        <source>The annotators of this item disagree</source>
        <translation>Die Annotatoren dieses Elements weichen voneinander ab</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="205"/>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="206"/>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="207"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="208"/>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="211"/>
        <source>Gold failures</source>
        <translation>Gold nicht bestanden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_queue.py" line="212"/>
        <source>By annotator: {name}</source>
        <translation>Nach Annotator: {name}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="62"/>
        <source>Review — annotator</source>
        <translation>Review — annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="90"/>
        <source>Results to review</source>
        <translation>Zu prüfende Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="102"/>
        <source>Show results</source>
        <translation>Ergebnisse anzeigen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="109"/>
        <source>Reading the package and bundles…</source>
        <translation>Paket und Bundles werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="128"/>
        <source>J/K next/previous · A accept · R reject · F fix · E fix in the editor · Ctrl+Z undo · Ctrl+S write · Ctrl+I figures · F1 keys</source>
        <translation>J/K nächstes/voriges · A annehmen · R ablehnen · F korrigieren · E im Editor korrigieren · Strg+Z rückgängig · Strg+S schreiben · Strg+I Kennzahlen · F1 Tasten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="155"/>
        <source>Fix cancelled; the result is as it was.</source>
        <translation>Korrektur abgebrochen; das Ergebnis ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="196"/>
        <source>Reading {package} and {count} bundle…</source>
        <translation>{package} und {count} Bundle werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="198"/>
        <source>Reading {package} and {count} bundles…</source>
        <translation>{package} und {count} Bundles werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="213"/>
        <source>Review: {title} — annotator</source>
        <translation>Review: {title} — annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="229"/>
        <source>Resumed: {count} decision already taken, kept in {folder}.</source>
        <translation>Fortgesetzt: {count} Entscheidung bereits getroffen, gespeichert in {folder}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="231"/>
        <source>Resumed: {count} decisions already taken, kept in {folder}.</source>
        <translation>Fortgesetzt: {count} Entscheidungen bereits getroffen, gespeichert in {folder}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="237"/>
        <source>No team package in the answer key&apos;s team folder holds the media of gold item {items}: its results are shown without it.</source>
        <translation>Kein Teampaket im Teamordner des Lösungsschlüssels enthält die Medien des Gold-Elements {items}: Seine Ergebnisse werden ohne sie angezeigt.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="245"/>
        <source>These bundles hold no finished result to review.</source>
        <translation>Diese Bundles enthalten kein fertiges Ergebnis zum Prüfen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="246"/>
        <source>No result to review: every item of these bundles is still to do.</source>
        <translation>Kein Ergebnis zu prüfen: Alle Elemente dieser Bundles sind noch offen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="252"/>
        <source>The review could not be opened.</source>
        <translation>Das Review konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="254"/>
        <source>Cannot open the review</source>
        <translation>Review kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="254"/>
        <source>The review cannot be opened:</source>
        <translation>Das Review kann nicht geöffnet werden:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="279"/>
        <source>Fix cancelled: another result is on screen.</source>
        <translation>Korrektur abgebrochen: Ein anderes Ergebnis wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="314"/>
        <source>The list “{name}” is empty.</source>
        <translation>Die Liste „{name}“ ist leer.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="319"/>
        <source>That is the end of the list.</source>
        <translation>Das ist das Ende der Liste.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="348"/>
        <source>No result in the list “{name}”.</source>
        <translation>Kein Ergebnis in der Liste „{name}“.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="374"/>
        <source>{annotator}&apos;s result for {item}</source>
        <translation>das Ergebnis von {annotator} für {item}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="403"/>
        <source>Every result is decided — Ctrl+S writes the review bundles.</source>
        <translation>Alle Ergebnisse sind entschieden — Strg+S schreibt die Review-Bundles.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="405"/>
        <source>Every result in the list “{name}” is decided — choose another list (Ctrl+L).</source>
        <translation>Alle Ergebnisse der Liste „{name}“ sind entschieden — eine andere Liste wählen (Strg+L).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="417"/>
        <source>Could not undo the decision on {annotator}&apos;s result for &apos;{item}&apos;:

{error}

The queue shows what is saved; the decision stays as it was saved. Earlier decisions are safe.</source>
        <translation>Die Entscheidung zum Ergebnis von {annotator} für „{item}“ konnte nicht rückgängig gemacht werden:

{error}

Die Liste zeigt, was gespeichert ist; die Entscheidung bleibt wie gespeichert. Frühere Entscheidungen sind sicher.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="422"/>
        <source>Could not save the decision on {annotator}&apos;s result for &apos;{item}&apos;:

{error}

The queue shows what is saved; it is not taken. Earlier decisions are safe.</source>
        <translation>Die Entscheidung zum Ergebnis von {annotator} für „{item}“ konnte nicht gespeichert werden:

{error}

Die Liste zeigt, was gespeichert ist; sie wird nicht übernommen. Frühere Entscheidungen sind sicher.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="426"/>
        <source>Decision not saved</source>
        <translation>Entscheidung nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="456"/>
        <source>No decision yet: there is nothing to write.</source>
        <translation>Noch keine Entscheidung: Es gibt nichts zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="465"/>
        <source>{count} review bundle written to {folder}: {names}</source>
        <translation>{count} Review-Bundle nach {folder} geschrieben: {names}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="467"/>
        <source>{count} review bundles written to {folder}: {names}</source>
        <translation>{count} Review-Bundles nach {folder} geschrieben: {names}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="474"/>
        <source>The review bundles were not written:

{error}</source>
        <translation>Die Review-Bundles wurden nicht geschrieben:

{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="475"/>
        <source>Review bundles not written</source>
        <translation>Review-Bundles nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="485"/>
        <source>undecided</source>
        <translation>unentschieden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="489"/>
        <source>the annotators disagree</source>
        <translation>die Annotatoren weichen voneinander ab</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="495"/>
        <source>{item} ({kind}) — {annotator}&apos;s result, {count} annotator · {state}</source>
        <translation>{item} ({kind}) — Ergebnis von {annotator}, {count} Annotator · {state}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="497"/>
        <source>{item} ({kind}) — {annotator}&apos;s result, {count} annotators · {state}</source>
        <translation>{item} ({kind}) — Ergebnis von {annotator}, {count} Annotatoren · {state}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_window.py" line="512"/>
        <source>{decided} of {total} results decided</source>
        <translation>{decided} von {total} Ergebnissen entschieden</translation>
    </message>
</context>
<context>
    <name>TextResultView</name>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="73"/>
        <source>(+{count} span)</source>
        <translation>(+{count} Abschnitt)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="75"/>
        <source>(+{count} spans)</source>
        <translation>(+{count} Abschnitte)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="170"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="171"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="172"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="173"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="188"/>
        <source>Reading the text…</source>
        <translation>Text wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="192"/>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/result_views.py" line="203"/>
        <source>⚠ This text cannot be shown: {error}</source>
        <translation>⚠ Dieser Text kann nicht angezeigt werden: {error}</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="64"/>
        <source>Pick 1</source>
        <translation>1 wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="65"/>
        <source>Pick 2</source>
        <translation>2 wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="66"/>
        <source>Pick 3</source>
        <translation>3 wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="67"/>
        <source>Pick 4</source>
        <translation>4 wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="68"/>
        <source>Pick 5</source>
        <translation>5 wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="69"/>
        <source>Pick 6</source>
        <translation>6 wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="70"/>
        <source>Pick 7</source>
        <translation>7 wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="71"/>
        <source>Pick 8</source>
        <translation>8 wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="72"/>
        <source>Pick 9</source>
        <translation>9 wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="73"/>
        <source>While fixing: option 1</source>
        <translation>Beim Korrigieren: Option 1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="74"/>
        <source>While fixing: option 2</source>
        <translation>Beim Korrigieren: Option 2</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="75"/>
        <source>While fixing: option 3</source>
        <translation>Beim Korrigieren: Option 3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="76"/>
        <source>While fixing: option 4</source>
        <translation>Beim Korrigieren: Option 4</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="77"/>
        <source>While fixing: option 5</source>
        <translation>Beim Korrigieren: Option 5</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="78"/>
        <source>While fixing: option 6</source>
        <translation>Beim Korrigieren: Option 6</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="79"/>
        <source>While fixing: option 7</source>
        <translation>Beim Korrigieren: Option 7</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="80"/>
        <source>While fixing: option 8</source>
        <translation>Beim Korrigieren: Option 8</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="81"/>
        <source>While fixing: option 9</source>
        <translation>Beim Korrigieren: Option 9</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="82"/>
        <source>Confirm fix</source>
        <translation>Korrektur bestätigen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="83"/>
        <source>While fixing: take the fix</source>
        <translation>Beim Korrigieren: die Korrektur übernehmen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="84"/>
        <source>Cancel fix</source>
        <translation>Korrektur abbrechen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="85"/>
        <source>While fixing: leave the result as it was</source>
        <translation>Beim Korrigieren: das Ergebnis unverändert lassen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="86"/>
        <source>Pick 1–9</source>
        <translation>1–9 wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/review_actions.py" line="87"/>
        <source>While fixing: the label (texts) or whose result wins</source>
        <translation>Beim Korrigieren: das Label (Texte) oder wessen Ergebnis gilt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="41"/>
        <source>&amp;Use as fix</source>
        <translation>Als Korrektur &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="42"/>
        <source>Take the edited result as the fix</source>
        <translation>Das bearbeitete Ergebnis als Korrektur übernehmen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/review/fix_editor.py" line="43"/>
        <source>Undo the last change in the editor</source>
        <translation>Die letzte Änderung im Editor rückgängig machen</translation>
    </message>
</context>
</TS>
