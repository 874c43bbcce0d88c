<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>actions</name>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="3"/>
        <source>&amp;Open package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="4"/>
        <source>Open a work package (.zip or folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="5"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="6"/>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="7"/>
        <source>Write your results as a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="8"/>
        <source>Export &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="9"/>
        <source>Write your results in another tool&apos;s format (COCO, YOLO, JSONL, SRT, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="10"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="11"/>
        <source>Make a work package from another tool&apos;s files, their labels as suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="12"/>
        <source>Import re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="13"/>
        <source>Read the team lead&apos;s review: rejected items come back to do, with the reason shown on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="14"/>
        <source>&amp;Pseudonym…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="15"/>
        <source>The pseudonym your bundles name you by (never your real name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="16"/>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="17"/>
        <source>Show what changed, send it to the sync target, and fetch new packages and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="18"/>
        <source>Sync se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="19"/>
        <source>Where to sync (a shared folder, WebDAV or S3), who signs in, and whether to sync by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="20"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="21"/>
        <source>Quit; everything is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="22"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="23"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="24"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="25"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="26"/>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="27"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="28"/>
        <source>Pseudonym, language, theme, font size, keys, audio, breaks and sync, each change in force at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="29"/>
        <source>Mark &amp;done and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="30"/>
        <source>Mark the item done, go to the next unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="31"/>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="32"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="33"/>
        <source>Mark the item skipped, go to the next unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="34"/>
        <source>&amp;Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="35"/>
        <source>Flag the item for the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="36"/>
        <source>Mark &amp;to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="37"/>
        <source>Put the item back to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="38"/>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="39"/>
        <source>Go to the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="40"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="41"/>
        <source>&amp;Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="42"/>
        <source>Go to the previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="43"/>
        <source>Next &amp;unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="44"/>
        <source>Go to the next item still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="45"/>
        <source>Focus item &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="46"/>
        <source>Put the keyboard in the item list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="47"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="48"/>
        <source>Show item &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="49"/>
        <source>Show or hide the item list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="50"/>
        <source>Show &amp;instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="51"/>
        <source>Show or hide the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="52"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="53"/>
        <source>Show every key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="54"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="55"/>
        <source>&amp;Change keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="56"/>
        <source>Give any action the key you prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="57"/>
        <source>&amp;About annotator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="58"/>
        <source>Version, licence, where your workspace is and what is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="59"/>
        <source>Draw boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="60"/>
        <source>Toggle draw mode: drag on the image to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="61"/>
        <source>&amp;Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="62"/>
        <source>Delete box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="63"/>
        <source>Delete the selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="64"/>
        <source>Next box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="65"/>
        <source>Select the next box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="66"/>
        <source>Previous box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="67"/>
        <source>Select the previous box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="68"/>
        <source>Nudge left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="69"/>
        <source>Move the selected box 1 px left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="70"/>
        <source>Nudge right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="71"/>
        <source>Move the selected box 1 px right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="72"/>
        <source>Nudge up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="73"/>
        <source>Move the selected box 1 px up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="74"/>
        <source>Nudge down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="75"/>
        <source>Move the selected box 1 px down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="76"/>
        <source>Nudge left 10 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="77"/>
        <source>Move the selected box 10 px left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="78"/>
        <source>Nudge right 10 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="79"/>
        <source>Move the selected box 10 px right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="80"/>
        <source>Nudge up 10 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="81"/>
        <source>Move the selected box 10 px up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="82"/>
        <source>Nudge down 10 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="83"/>
        <source>Move the selected box 10 px down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="84"/>
        <source>Fit image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="85"/>
        <source>Fit the whole image in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="86"/>
        <source>Find class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="87"/>
        <source>Type part of a class name, Enter sets it on the selected (or next) box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="88"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="89"/>
        <source>Zoom in (Ctrl+wheel zooms to the cursor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="90"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="91"/>
        <source>Actual size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="92"/>
        <source>One image pixel per screen pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="93"/>
        <source>Crosshair on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="94"/>
        <source>Show or hide the crosshair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="95"/>
        <source>Duplicate box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="96"/>
        <source>Copy the selected box, shifted 10 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="97"/>
        <source>Copy boxes from previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="98"/>
        <source>Add the previous item&apos;s boxes to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="99"/>
        <source>Hide/show boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="100"/>
        <source>Hide or show all boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="101"/>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="102"/>
        <source>Mark (or unmark) this image&apos;s boxes as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="103"/>
        <source>Toggle attribute 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="104"/>
        <source>Toggle the schema&apos;s attribute 1 (e.g. occluded, truncated, difficult) on the selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="105"/>
        <source>Toggle attribute 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="106"/>
        <source>Toggle the schema&apos;s attribute 2 (e.g. occluded, truncated, difficult) on the selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="107"/>
        <source>Toggle attribute 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="108"/>
        <source>Toggle the schema&apos;s attribute 3 (e.g. occluded, truncated, difficult) on the selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="109"/>
        <source>Class 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="110"/>
        <source>Set the class of the selected box (or of the next box) to class 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="111"/>
        <source>Class 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="112"/>
        <source>Set the class of the selected box (or of the next box) to class 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="113"/>
        <source>Class 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="114"/>
        <source>Set the class of the selected box (or of the next box) to class 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="115"/>
        <source>Class 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="116"/>
        <source>Set the class of the selected box (or of the next box) to class 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="117"/>
        <source>Class 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="118"/>
        <source>Set the class of the selected box (or of the next box) to class 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="119"/>
        <source>Class 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="120"/>
        <source>Set the class of the selected box (or of the next box) to class 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="121"/>
        <source>Class 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="122"/>
        <source>Set the class of the selected box (or of the next box) to class 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="123"/>
        <source>Class 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="124"/>
        <source>Set the class of the selected box (or of the next box) to class 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="125"/>
        <source>Class 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="126"/>
        <source>Set the class of the selected box (or of the next box) to class 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="127"/>
        <source>Class 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="128"/>
        <source>Set the class of the selected box (or of the next box) to class 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="129"/>
        <source>Play/pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="130"/>
        <source>Play or pause; resuming replays the last second or so (auto-rewind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="131"/>
        <source>&amp;Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="132"/>
        <source>Skip back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="133"/>
        <source>Jump back 1.5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="134"/>
        <source>Skip forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="135"/>
        <source>Jump forward 1.5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="136"/>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="137"/>
        <source>Speed down 0.1× (pitch kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="138"/>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="139"/>
        <source>Speed up 0.1× (pitch kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="140"/>
        <source>Volume down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="141"/>
        <source>Volume down 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="142"/>
        <source>Volume up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="143"/>
        <source>Volume up 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="144"/>
        <source>Loop segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="145"/>
        <source>Loop the selected segment on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="146"/>
        <source>Insert timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="147"/>
        <source>Type the playhead&apos;s time, e.g. [01:23.4], at the text cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="148"/>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="149"/>
        <source>New segment at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="150"/>
        <source>Start a 2 s segment at the playhead (up to the next segment); or drag on the waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="151"/>
        <source>Split at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="152"/>
        <source>Cut the segment under the playhead in two; the text is cut at the text cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="153"/>
        <source>Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="154"/>
        <source>Join the selected segment and the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="155"/>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="156"/>
        <source>Delete the selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="157"/>
        <source>Set start at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="158"/>
        <source>Move the selected segment&apos;s start to the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="159"/>
        <source>Set end at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="160"/>
        <source>Move the selected segment&apos;s end to the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="161"/>
        <source>Previous segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="162"/>
        <source>Select the previous segment and seek to its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="163"/>
        <source>Next segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="164"/>
        <source>Select the next segment and seek to its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="165"/>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="166"/>
        <source>Set the selected segment&apos;s speaker to the next one of the schema (then none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="167"/>
        <source>Zoom the waveform in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="168"/>
        <source>Zoom the waveform out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="169"/>
        <source>Insert tag 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="170"/>
        <source>Type tag 1 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="171"/>
        <source>Insert tag 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="172"/>
        <source>Type tag 2 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="173"/>
        <source>Insert tag 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="174"/>
        <source>Type tag 3 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="175"/>
        <source>Insert tag 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="176"/>
        <source>Type tag 4 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="177"/>
        <source>Insert tag 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="178"/>
        <source>Type tag 5 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="179"/>
        <source>Insert tag 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="180"/>
        <source>Type tag 6 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="181"/>
        <source>Insert tag 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="182"/>
        <source>Type tag 7 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="183"/>
        <source>Insert tag 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="184"/>
        <source>Type tag 8 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="185"/>
        <source>Insert tag 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="186"/>
        <source>Type tag 9 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="187"/>
        <source>Speaker 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="188"/>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="189"/>
        <source>Speaker 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="190"/>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="191"/>
        <source>Speaker 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="192"/>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="193"/>
        <source>Speaker 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="194"/>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="195"/>
        <source>Speaker 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="196"/>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="197"/>
        <source>Speaker 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="198"/>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="199"/>
        <source>Speaker 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="200"/>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="201"/>
        <source>Speaker 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="202"/>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="203"/>
        <source>Speaker 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="204"/>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="205"/>
        <source>Submit and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="206"/>
        <source>Mark the text done and show the next one (in the comment box: back to the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="207"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="208"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="209"/>
        <source>Go back to the previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="210"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="211"/>
        <source>Binary: accept and next; otherwise accept the suggested label(s) and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="212"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="213"/>
        <source>Binary: reject and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="214"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="215"/>
        <source>Binary: cannot judge, next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="216"/>
        <source>Unsure on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="217"/>
        <source>Mark the decision as unsure (or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="218"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="219"/>
        <source>Type a comment; Return or Esc goes back to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="220"/>
        <source>Remove span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="221"/>
        <source>Remove the spans under the caret or the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="222"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="223"/>
        <source>Make the text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="224"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="225"/>
        <source>Make the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="226"/>
        <source>Default text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="227"/>
        <source>Text at its default size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="228"/>
        <source>Label 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="229"/>
        <source>Choose label 1 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="230"/>
        <source>Label 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="231"/>
        <source>Choose label 2 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="232"/>
        <source>Label 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="233"/>
        <source>Choose label 3 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="234"/>
        <source>Label 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="235"/>
        <source>Choose label 4 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="236"/>
        <source>Label 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="237"/>
        <source>Choose label 5 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="238"/>
        <source>Label 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="239"/>
        <source>Choose label 6 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="240"/>
        <source>Label 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="241"/>
        <source>Choose label 7 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="242"/>
        <source>Label 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="243"/>
        <source>Choose label 8 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="244"/>
        <source>Label 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="245"/>
        <source>Choose label 9 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="246"/>
        <source>Label 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="247"/>
        <source>Choose label 10 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="248"/>
        <source>Label 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="249"/>
        <source>Choose label 11 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="250"/>
        <source>Label 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="251"/>
        <source>Choose label 12 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="252"/>
        <source>Label 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="253"/>
        <source>Choose label 13 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="254"/>
        <source>Label 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="255"/>
        <source>Choose label 14 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="256"/>
        <source>Label 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="257"/>
        <source>Choose label 15 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="258"/>
        <source>Label 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="259"/>
        <source>Choose label 16 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="260"/>
        <source>Label 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="261"/>
        <source>Choose label 17 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="262"/>
        <source>Label 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="263"/>
        <source>Choose label 18 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="264"/>
        <source>Label 19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="265"/>
        <source>Choose label 19 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="266"/>
        <source>Label 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="267"/>
        <source>Choose label 20 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="268"/>
        <source>A better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="269"/>
        <source>A is better; on a criteria row: A, then the next row; three or more answers: rank 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="270"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="271"/>
        <source>B better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="272"/>
        <source>B is better; on a criteria row: B, then the next row; three or more answers: rank 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="273"/>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="274"/>
        <source>About the same; on a criteria row: tie, then the next row; three or more answers: rank 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="275"/>
        <source>Both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="276"/>
        <source>Neither answer is acceptable; three or more answers: rank 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="277"/>
        <source>Rank 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="278"/>
        <source>Three or more answers: rank 5 for the focused answer, then the next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="279"/>
        <source>Rank 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="280"/>
        <source>Three or more answers: rank 6 for the focused answer, then the next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="281"/>
        <source>Rank 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="282"/>
        <source>Three or more answers: rank 7 for the focused answer, then the next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="283"/>
        <source>Rank 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="284"/>
        <source>Three or more answers: rank 8 for the focused answer, then the next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="285"/>
        <source>Rank 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="286"/>
        <source>Three or more answers: rank 9 for the focused answer, then the next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="287"/>
        <source>Strength -3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="288"/>
        <source>A much better (-3) — decides the overall row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="289"/>
        <source>Strength -2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="290"/>
        <source>A better (-2) — decides the overall row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="291"/>
        <source>Strength -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="292"/>
        <source>A slightly better (-1) — decides the overall row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="293"/>
        <source>Strength 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="294"/>
        <source>About the same (0) — decides a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="295"/>
        <source>Strength +1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="296"/>
        <source>B slightly better (+1) — decides the overall row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="297"/>
        <source>Strength +2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="298"/>
        <source>B better (+2) — decides the overall row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="299"/>
        <source>Strength +3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="300"/>
        <source>B much better (+3) — decides the overall row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="301"/>
        <source>Previous row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="302"/>
        <source>Focus the criteria row above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="303"/>
        <source>Next row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="304"/>
        <source>Focus the criteria row below (the overall row last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="305"/>
        <source>Next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="306"/>
        <source>Focus the next answer (its view scrolls with PgUp/PgDown; three or more: the one a digit ranks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="307"/>
        <source>Previous answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="308"/>
        <source>Focus the previous answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="309"/>
        <source>Reason 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="310"/>
        <source>Tick or untick the package&apos;s reason 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="311"/>
        <source>Reason 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="312"/>
        <source>Tick or untick the package&apos;s reason 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="313"/>
        <source>Reason 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="314"/>
        <source>Tick or untick the package&apos;s reason 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="315"/>
        <source>Reason 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="316"/>
        <source>Tick or untick the package&apos;s reason 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="317"/>
        <source>Reason 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="318"/>
        <source>Tick or untick the package&apos;s reason 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="319"/>
        <source>Reason 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="320"/>
        <source>Tick or untick the package&apos;s reason 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="321"/>
        <source>Reason 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="322"/>
        <source>Tick or untick the package&apos;s reason 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="323"/>
        <source>Reason 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="324"/>
        <source>Tick or untick the package&apos;s reason 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="325"/>
        <source>Reason 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="326"/>
        <source>Tick or untick the package&apos;s reason 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="327"/>
        <source>Write rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="328"/>
        <source>Type why in the rationale box (saved as you type); Return or Esc goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="329"/>
        <source>Word diff on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="330"/>
        <source>Mark the words A and B do not share, in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="331"/>
        <source>Raw text on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="332"/>
        <source>Show the raw text instead of rendered Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="333"/>
        <source>Mark the comparison done and show the next one (if something is missing, say what)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="334"/>
        <source>Mark the rating done and show the next item; says what is still missing instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="335"/>
        <source>&amp;Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="336"/>
        <source>Next criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="337"/>
        <source>Focus the next criterion (search: next result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="338"/>
        <source>Previous criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="339"/>
        <source>Focus the previous criterion (search: previous result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="340"/>
        <source>Next scale point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="341"/>
        <source>Focus the next point of the scale; its anchor text shows below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="342"/>
        <source>Previous scale point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="343"/>
        <source>Focus the previous point of the scale; its anchor text shows below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="344"/>
        <source>Choose point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="345"/>
        <source>Choose the focused scale point (or grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="346"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="347"/>
        <source>Mark the focused criterion N/A (or take the mark back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="348"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="349"/>
        <source>Take back the focused criterion&apos;s score or N/A (search: the focused result&apos;s grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="350"/>
        <source>Show the prompt and response as raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="351"/>
        <source>Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="352"/>
        <source>Scroll the response (search: the results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="353"/>
        <source>Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="354"/>
        <source>Scroll the response back (search: the results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="355"/>
        <source>Score 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="356"/>
        <source>Give the focused criterion (search: result) the value 1 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="357"/>
        <source>Score 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="358"/>
        <source>Give the focused criterion (search: result) the value 2 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="359"/>
        <source>Score 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="360"/>
        <source>Give the focused criterion (search: result) the value 3 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="361"/>
        <source>Score 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="362"/>
        <source>Give the focused criterion (search: result) the value 4 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="363"/>
        <source>Score 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="364"/>
        <source>Give the focused criterion (search: result) the value 5 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="365"/>
        <source>Score 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="366"/>
        <source>Give the focused criterion (search: result) the value 6 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="367"/>
        <source>Score 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="368"/>
        <source>Give the focused criterion (search: result) the value 7 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="369"/>
        <source>Score 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="370"/>
        <source>Give the focused criterion (search: result) the value 8 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="371"/>
        <source>Score 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="372"/>
        <source>Give the focused criterion (search: result) the value 9 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="373"/>
        <source>Score 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="374"/>
        <source>Give the focused criterion (search: result) the value 0 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="375"/>
        <source>Confidence 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="376"/>
        <source>How sure you are: 1 (1 is a guess); only when the package asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="377"/>
        <source>Confidence 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="378"/>
        <source>How sure you are: 2 (1 is a guess); only when the package asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="379"/>
        <source>Confidence 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="380"/>
        <source>How sure you are: 3 (1 is a guess); only when the package asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="381"/>
        <source>Confidence 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="382"/>
        <source>How sure you are: 4 (1 is a guess); only when the package asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="383"/>
        <source>Confidence 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="384"/>
        <source>How sure you are: 5 (1 is a guess); only when the package asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="385"/>
        <source>Policy flag 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="386"/>
        <source>Toggle policy flag 1 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="387"/>
        <source>Policy flag 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="388"/>
        <source>Toggle policy flag 2 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="389"/>
        <source>Policy flag 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="390"/>
        <source>Toggle policy flag 3 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="391"/>
        <source>Policy flag 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="392"/>
        <source>Toggle policy flag 4 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="393"/>
        <source>Policy flag 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="394"/>
        <source>Toggle policy flag 5 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="395"/>
        <source>Policy flag 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="396"/>
        <source>Toggle policy flag 6 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="397"/>
        <source>Policy flag 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="398"/>
        <source>Toggle policy flag 7 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="399"/>
        <source>Policy flag 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="400"/>
        <source>Toggle policy flag 8 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="401"/>
        <source>Policy flag 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="402"/>
        <source>Toggle policy flag 9 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="403"/>
        <source>Policy flag 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="404"/>
        <source>Toggle policy flag 10 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="405"/>
        <source>Policy flag 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="406"/>
        <source>Toggle policy flag 11 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="407"/>
        <source>Policy flag 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="408"/>
        <source>Toggle policy flag 12 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="409"/>
        <source>Next sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="410"/>
        <source>Check the next sentence (its row is lit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="411"/>
        <source>&amp;Check translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="412"/>
        <source>Previous sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="413"/>
        <source>Check the sentence before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="414"/>
        <source>Source ↔ target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="415"/>
        <source>Switch between the target and the source of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="416"/>
        <source>Caret a word right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="417"/>
        <source>Move the caret to the next word on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="418"/>
        <source>Caret a word left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="419"/>
        <source>Move the caret to the next word on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="420"/>
        <source>Select a word more (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="421"/>
        <source>Extend the selection by a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="422"/>
        <source>Select a word more (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="423"/>
        <source>Select a character more (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="424"/>
        <source>Extend (or shrink) the selection by one character, for a fine fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="425"/>
        <source>Select a character more (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="426"/>
        <source>Caret to sentence start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="427"/>
        <source>Move the caret to the start of the sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="428"/>
        <source>Caret to sentence end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="429"/>
        <source>Move the caret to the end of the sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="430"/>
        <source>Major error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="431"/>
        <source>Mark the selection (or the word at the caret) as a major error, then choose its category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="432"/>
        <source>Minor error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="433"/>
        <source>Mark the selection (or the word at the caret) as a minor error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="434"/>
        <source>Neutral error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="435"/>
        <source>Mark the selection (or the word at the caret) as a neutral error (no cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="436"/>
        <source>Choose category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="437"/>
        <source>Choose the MQM category of the error at the caret (type-ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="438"/>
        <source>Remove error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="439"/>
        <source>Remove the errors at the caret or in the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="440"/>
        <source>Not a translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="441"/>
        <source>Mark (or unmark) the row&apos;s target sentence as no translation at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="442"/>
        <source>ESA −5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="443"/>
        <source>Lower the ESA score by 5 (a first step starts from 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="444"/>
        <source>ESA +5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="445"/>
        <source>Raise the ESA score by 5 (a first step starts from 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="446"/>
        <source>ESA −1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="447"/>
        <source>Lower the ESA score by 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="448"/>
        <source>ESA +1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="449"/>
        <source>Raise the ESA score by 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="450"/>
        <source>ESA 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="451"/>
        <source>Set the ESA score to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="452"/>
        <source>ESA 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="453"/>
        <source>Set the ESA score to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="454"/>
        <source>ESA 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="455"/>
        <source>Set the ESA score to 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="456"/>
        <source>ESA 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="457"/>
        <source>Set the ESA score to 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="458"/>
        <source>ESA 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="459"/>
        <source>Set the ESA score to 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="460"/>
        <source>ESA 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="461"/>
        <source>Set the ESA score to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="462"/>
        <source>ESA 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="463"/>
        <source>Set the ESA score to 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="464"/>
        <source>ESA 70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="465"/>
        <source>Set the ESA score to 70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="466"/>
        <source>ESA 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="467"/>
        <source>Set the ESA score to 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="468"/>
        <source>ESA 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="469"/>
        <source>Set the ESA score to 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="470"/>
        <source>Check all is given, mark the item done, go to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="471"/>
        <source>Check the rewrite is complete (an unchanged response asks to be confirmed), mark it done, go to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="472"/>
        <source>&amp;Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="473"/>
        <source>Reset to the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="474"/>
        <source>Put the response back as it was (one step: Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="475"/>
        <source>Next edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="476"/>
        <source>Put the caret at the end of the next edit (its row is lit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="477"/>
        <source>Previous edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="478"/>
        <source>Put the caret at the end of the edit before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="479"/>
        <source>Category 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="480"/>
        <source>Tag the edit at the caret with the package&apos;s category 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="481"/>
        <source>Category 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="482"/>
        <source>Tag the edit at the caret with the package&apos;s category 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="483"/>
        <source>Category 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="484"/>
        <source>Tag the edit at the caret with the package&apos;s category 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="485"/>
        <source>Category 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="486"/>
        <source>Tag the edit at the caret with the package&apos;s category 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="487"/>
        <source>Category 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="488"/>
        <source>Tag the edit at the caret with the package&apos;s category 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="489"/>
        <source>Category 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="490"/>
        <source>Tag the edit at the caret with the package&apos;s category 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="491"/>
        <source>Category 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="492"/>
        <source>Tag the edit at the caret with the package&apos;s category 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="493"/>
        <source>Category 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="494"/>
        <source>Tag the edit at the caret with the package&apos;s category 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="495"/>
        <source>Category 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="496"/>
        <source>Tag the edit at the caret with the package&apos;s category 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="497"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="498"/>
        <source>Take the category off the edit at the caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="499"/>
        <source>Choose category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="500"/>
        <source>Choose the category of the edit at the caret from the whole list (type to jump, Return takes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="501"/>
        <source>Prompt as raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="502"/>
        <source>Show the prompt as raw text or rendered Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="503"/>
        <source>&amp;Postpone break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="504"/>
        <source>Postpone the break on screen (once; on the break screen P also works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="505"/>
        <source>&amp;Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="506"/>
        <source>S&amp;kip break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="507"/>
        <source>Skip the break on screen (on the break screen Esc also works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="508"/>
        <source>&amp;Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="509"/>
        <source>Start the next break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="510"/>
        <source>Your &amp;day (dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="511"/>
        <source>Active time, items, breaks and estimated pay; private to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="512"/>
        <source>Break &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="513"/>
        <source>Break intervals and lengths, daily limit, idle threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="514"/>
        <source>&amp;Next result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="515"/>
        <source>Show the next result in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="516"/>
        <source>&amp;Previous result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="517"/>
        <source>Show the previous result in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="518"/>
        <source>Choose &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="519"/>
        <source>Open the list filter: all, undecided, rejected, disagreements, gold failures (with a key), …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="520"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="521"/>
        <source>Accept this result, then go to the next undecided one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="522"/>
        <source>&amp;Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="523"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="524"/>
        <source>Reject with a reason the annotator reads (1–5 chips, text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="525"/>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="526"/>
        <source>Fix: a text by digits 1–9 for the label; an image or audio item by 1–9 for whose result wins; then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="527"/>
        <source>&amp;Edit the fix in the editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="528"/>
        <source>Fix in the usual editor of the item&apos;s kind, starting from this result; Ctrl+Return uses it as the fix, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="529"/>
        <source>Undo the last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="530"/>
        <source>Redo the decision undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="531"/>
        <source>&amp;Write review bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="532"/>
        <source>Write one review bundle per annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="533"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="534"/>
        <source>Close the review; every decision is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="535"/>
        <source>Quality &amp;figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="536"/>
        <source>Per annotator, agreement and the items to review, as `annotator report` gives them; save the HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="537"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="538"/>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="539"/>
        <source>Show every key of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="540"/>
        <source>Box editor (images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="541"/>
        <source>Transcription editor (audio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="542"/>
        <source>Sentiment editor (texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="543"/>
        <source>Comparison editor (two or more answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="544"/>
        <source>Rating editor (rubric and search relevance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="545"/>
        <source>Translation check editor (MQM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="546"/>
        <source>Rewrite editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="547"/>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp40_qhbyg/action_strings.py" line="548"/>
        <source>Whole window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
