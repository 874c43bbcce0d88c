"""ELAN EAF: the bytes we write, read back by pympi-ling and by us; ELAN files read; bad files and XML attacks refused."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pympi
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import PackageError
from annotator.core.formats.from_bundles import ExportError
from tests.core.formats.test_audio_common import (
    DURATION,
    SPECIAL_TEXTS,
    audio_dataset,
    export,
    kept,
    place_audio,
    prelabels,
    problem_lines,
    read,
    roundtrip,
    seg,
    transcripts,
)

SEGMENTS = [
    seg(0.0, 0.4996, 'Straße <&> "q"\n猫', "A"),
    seg(0.5, 0.75, "", "B"),
    seg(0.75, 1.25, "  spaces kept\t\r\n", None),
    seg(1.25, 1.5, "مرحبا 👍🏽", 'Dr. "Müller"\t&'),
    seg(1.5, DURATION, "שלום", "A"),
]


def test_the_bytes_we_write(tmp_path: Path) -> None:
    # Slots are numbered in time order, not tier by tier: the unnamed tier's come first here.
    dataset = audio_dataset({"speech_en.wav": [seg(0.25, 1.0, "x"), seg(1.0, 1.5, "a < b", "B")]})
    (path,) = export("eaf", dataset, tmp_path / "out")
    assert path.name == "speech_en.eaf"
    assert path.read_text(encoding="utf-8") == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ANNOTATION_DOCUMENT AUTHOR="" DATE="1970-01-01T00:00:00Z" FORMAT="3.0" VERSION="3.0" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">\n'
        '    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">\n'
        '        <MEDIA_DESCRIPTOR MEDIA_URL="./speech_en.wav" MIME_TYPE="audio/x-wav" '
        'RELATIVE_MEDIA_URL="./speech_en.wav"/>\n'
        '        <PROPERTY NAME="lastUsedAnnotationId">2</PROPERTY>\n'
        "    </HEADER>\n"
        "    <TIME_ORDER>\n"
        '        <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="250"/>\n'
        '        <TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="1000"/>\n'
        '        <TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="1000"/>\n'
        '        <TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="1500"/>\n'
        "    </TIME_ORDER>\n"
        '    <TIER LINGUISTIC_TYPE_REF="default-lt" PARTICIPANT="B" TIER_ID="B">\n'
        "        <ANNOTATION>\n"
        '            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts2" TIME_SLOT_REF2="ts4">\n'
        "                <ANNOTATION_VALUE>a &lt; b</ANNOTATION_VALUE>\n"
        "            </ALIGNABLE_ANNOTATION>\n"
        "        </ANNOTATION>\n"
        "    </TIER>\n"
        '    <TIER LINGUISTIC_TYPE_REF="default-lt" TIER_ID="transcript">\n'
        "        <ANNOTATION>\n"
        '            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts3">\n'
        "                <ANNOTATION_VALUE>x</ANNOTATION_VALUE>\n"
        "            </ALIGNABLE_ANNOTATION>\n"
        "        </ANNOTATION>\n"
        "    </TIER>\n"
        '    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>\n'
        "</ANNOTATION_DOCUMENT>\n"
    )


def test_pympi_reads_what_we_write(tmp_path: Path) -> None:
    (path,) = export("eaf", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    document = pympi.Elan.Eaf(str(path))
    assert list(document.get_tier_names()) == ["A", "B", 'Dr. "Müller"\t&', "transcript"]
    got = {
        tier: (document.tiers[tier][2].get("PARTICIPANT"), document.get_annotation_data_for_tier(tier))
        for tier in document.get_tier_names()
    }
    assert got == {
        "A": ("A", [(0, 500, 'Straße <&> "q"\n猫'), (1500, 2001, "שלום")]),
        "B": ("B", [(500, 750, "")]),
        'Dr. "Müller"\t&': ('Dr. "Müller"\t&', [(1250, 1500, "مرحبا 👍🏽")]),
        "transcript": (None, [(750, 1250, "  spaces kept\t\r\n")]),
    }
    assert document.media_descriptors == [
        {"MEDIA_URL": "./talk.wav", "MIME_TYPE": "audio/x-wav", "RELATIVE_MEDIA_URL": "./talk.wav"}
    ]


def test_an_item_with_no_segments_gets_one_empty_tier(tmp_path: Path) -> None:
    (path,) = export("eaf", audio_dataset({"quiet.flac": []}), tmp_path / "out")
    document = pympi.Elan.Eaf(str(path))
    assert list(document.get_tier_names()) == ["transcript"]
    assert document.media_descriptors[0]["MIME_TYPE"] == "audio/*"
    imported = roundtrip("eaf", audio_dataset({"quiet.flac": []}), tmp_path / "again")
    assert prelabels(imported) == {"quiet.flac": {"segments": []}}


def test_we_read_back_what_we_wrote_to_the_millisecond(tmp_path: Path) -> None:
    imported = roundtrip("eaf", audio_dataset({"talk.wav": SEGMENTS}), tmp_path / "out")
    assert prelabels(imported) == {"talk.wav": {"segments": kept(SEGMENTS, "eaf")}}
    assert imported.label_schemas["audio"]["speakers"] == ["A", "B", 'Dr. "Müller"\t&']


def test_a_speaker_named_transcript_keeps_its_tier(tmp_path: Path) -> None:
    dataset = audio_dataset({"t.wav": [seg(0.0, 1.0, "a", "transcript"), seg(1.0, 2.0, "b")]}, speakers=())
    (path,) = export("eaf", dataset, tmp_path / "out")
    document = pympi.Elan.Eaf(str(path))
    assert [(t, document.tiers[t][2].get("PARTICIPANT")) for t in document.get_tier_names()] == [
        ("transcript", "transcript"),
        ("transcript-2", None),
    ]


def xml_texts() -> st.SearchStrategy[str]:
    """Any text XML can hold: white space, line breaks, '\\r', markup characters, emoji and RTL."""
    alphabet = st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff").filter(
        lambda c: c in "\t\n\r" or c >= " "
    )
    return st.one_of(st.sampled_from(SPECIAL_TEXTS), st.text(alphabet, max_size=20))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=transcripts(texts=xml_texts(), speakers=st.sampled_from([None, "A", "B", "x\ty", ' "q" ', "猫 & <co>"])))
def test_import_of_export_is_the_transcript_to_the_millisecond(items: dict[str, list[dict]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        imported = roundtrip("eaf", audio_dataset(items), Path(folder) / "out")
        assert prelabels(imported) == {name: {"segments": kept(segments, "eaf")} for name, segments in items.items()}


@pytest.mark.parametrize("text", SPECIAL_TEXTS)
def test_each_special_text_and_speaker_survives(tmp_path: Path, text: str) -> None:
    imported = roundtrip("eaf", audio_dataset({"t.wav": [seg(0.0, DURATION, text, text)]}), tmp_path / "out")
    assert prelabels(imported) == {"t.wav": {"segments": [seg(0.0, DURATION, text, text)]}}


def test_a_character_xml_cannot_hold_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    dataset = audio_dataset({"t.wav": [seg(0.0, 1.0, "bell \x07"), seg(1.0, 2.0, "ok", "nul\x00")]})
    with pytest.raises(ExportError) as refused:
        export("eaf", dataset, tmp_path / "out")
    assert problem_lines(refused) == [
        "item 't': segment 1's text holds U+0007, which an XML file cannot hold",
        "item 't': segment 2's speaker holds U+0000, which an XML file cannot hold",
    ]
    assert not (tmp_path / "out").exists()


# -- files from elsewhere ------------------------------------------------------------------------


def test_a_file_pympi_writes_is_read_with_dependent_tiers_passed_over(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav", frames=8000 * 3)
    document = pympi.Elan.Eaf(author="someone")
    document.add_linked_file(str(tmp_path / "talk.wav"), relpath="./talk.wav", mimetype="audio/x-wav")
    document.add_tier("Mary", part="Mary")
    document.add_tier("John-speech", part="John")
    document.add_tier("no one")
    document.add_linguistic_type("translation", constraints="Symbolic_Association", timealignable=False)
    document.add_tier("Mary-en", ling="translation", parent="Mary")
    document.add_annotation("Mary", 0, 1500, "hallo 猫")
    document.add_annotation("Mary", 2000, 2500, "tschüss")
    document.add_annotation("John-speech", 1250, 2000, "مرحبا")
    document.add_annotation("no one", 2600, 2900, "[laughter]")
    document.add_ref_annotation("Mary-en", "Mary", 100, "hello cat")
    document.remove_tier("default")
    pympi.Elan.to_eaf(str(tmp_path / "talk.eaf"), document)
    imported = read("eaf", tmp_path / "talk.eaf")
    assert prelabels(imported)["talk.wav"] == {
        "segments": [
            seg(0.0, 1.25, "hallo 猫", "Mary"),  # cut where John starts
            seg(1.25, 2.0, "مرحبا", "John"),
            seg(2.0, 2.5, "tschüss", "Mary"),
            seg(2.6, 2.9, "[laughter]", None),
        ]
    }
    assert imported.label_schemas["audio"]["speakers"] == ["Mary", "John"]


ELAN_FILE = """<?xml version="1.0" encoding="{encoding}"?>
<ANNOTATION_DOCUMENT xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" AUTHOR="" DATE="2024-05-01T10:00:00+02:00"
    FORMAT="3.0" VERSION="3.0" xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">
    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">
        <MEDIA_DESCRIPTOR MEDIA_URL="file:///C:/data/talk.wav" MIME_TYPE="audio/x-wav"/>
    </HEADER>
    <TIME_ORDER>
        <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="500"/>
        <TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="1000"/>
        <TIME_SLOT TIME_SLOT_ID="ts3"/>
        <TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="1500"/>
    </TIME_ORDER>
    <TIER LINGUISTIC_TYPE_REF="utterance" PARTICIPANT="Ana" TIER_ID="Ana">
        <ANNOTATION>
            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts4">
                <ANNOTATION_VALUE>Olá, Straße &amp; 猫</ANNOTATION_VALUE>
            </ALIGNABLE_ANNOTATION>
        </ANNOTATION>
    </TIER>
    <TIER LINGUISTIC_TYPE_REF="words" PARENT_REF="Ana" TIER_ID="Ana-words">
        <ANNOTATION>
            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts3">
                <ANNOTATION_VALUE>Olá</ANNOTATION_VALUE>
            </ALIGNABLE_ANNOTATION>
        </ANNOTATION>
    </TIER>
    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="utterance" TIME_ALIGNABLE="true"/>
    <LINGUISTIC_TYPE CONSTRAINTS="Time_Subdivision" GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="words" TIME_ALIGNABLE="true"/>
    <CONSTRAINT DESCRIPTION="Time subdivision" STEREOTYPE="Time_Subdivision"/>
</ANNOTATION_DOCUMENT>
"""


@pytest.mark.parametrize(
    ("encoding", "codec"),
    [("UTF-8", "utf-8"), ("UTF-8", "utf-8-sig"), ("UTF-16", "utf-16-le"), ("UTF-16", "utf-16-be")],
)
def test_an_elan_file_in_its_encodings_is_read_and_unaligned_slots_of_dependent_tiers_do_not_matter(
    tmp_path: Path, encoding: str, codec: str
) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.eaf"
    bom = "\ufeff" if codec.startswith("utf-16") else ""  # utf-8-sig writes its own
    path.write_bytes((bom + ELAN_FILE.format(encoding=encoding)).replace("\n", "\r\n").encode(codec))
    assert prelabels(read("eaf", path)) == {"talk.wav": {"segments": [seg(0.5, 1.5, "Olá, Straße & 猫", "Ana")]}}


def bad(old: str, new: str) -> str:
    assert old in ELAN_FILE
    return ELAN_FILE.format(encoding="UTF-8").replace(old, new)


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (bad("</TIER>\n    <TIER", "</TIR>\n    <TIER"), 19, "not well-formed XML (mismatched tag at column 7)"),
        ("", 1, "not well-formed XML (no element found at column 1)"),
        (
            '<?xml version="1.0"?>\n<TextGrid/>\n',
            2,
            "not an ELAN file: the root element is <TextGrid>, not <ANNOTATION_DOCUMENT>",
        ),
        (
            bad('TIME_UNITS="milliseconds"', 'TIME_UNITS="PAL-frames"'),
            4,
            "HEADER: TIME_UNITS 'PAL-frames' is not supported (only milliseconds)",
        ),
        (
            bad('TIME_VALUE="1000"', 'TIME_VALUE="1.5"'),
            9,
            "TIME_SLOT 'ts2': TIME_VALUE '1.5' is not a whole number of milliseconds",
        ),
        (
            bad('TIME_VALUE="1000"', 'TIME_VALUE="-5"'),
            9,
            "TIME_SLOT 'ts2': TIME_VALUE '-5' is not a whole number of milliseconds",
        ),
        (bad('TIME_SLOT_ID="ts2"', 'TIME_SLOT_ID="ts1"'), 9, "TIME_SLOT 'ts1' is defined twice"),
        (
            bad('TIME_SLOT_REF2="ts4"', 'TIME_SLOT_REF2="ts9"'),
            15,
            "annotation 'a1' on tier 'Ana': TIME_SLOT_REF2 'ts9' is no TIME_SLOT",
        ),
        (
            bad('TIME_SLOT_REF2="ts4"', 'TIME_SLOT_REF2="ts3"'),
            15,
            "annotation 'a1' on tier 'Ana': its time slot 'ts3' has no TIME_VALUE (unaligned); align it in ELAN first",
        ),
        (
            bad('TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts4"', 'TIME_SLOT_REF1="ts4" TIME_SLOT_REF2="ts1"'),
            15,
            "annotation 'a1' on tier 'Ana' ends (500 ms) before it starts (1500 ms)",
        ),
        (
            bad('PARENT_REF="Ana" ', 'PARTICIPANT="Bo" ').replace('TIME_SLOT_REF2="ts3"', 'TIME_SLOT_REF2="ts2"'),
            22,
            "annotation 'a1' on tier 'Ana' and annotation 'a2' on tier 'Ana-words' both start at 500 ms and overlap; "
            "segments cannot overlap, so move one",
        ),
        (
            bad(
                '<ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts4">',
                '<REF_ANNOTATION ANNOTATION_ID="a1" ANNOTATION_REF="a0">',
            ).replace(
                '</ALIGNABLE_ANNOTATION>\n        </ANNOTATION>\n    </TIER>\n    <TIER LINGUISTIC_TYPE_REF="words"',
                '</REF_ANNOTATION>\n        </ANNOTATION>\n    </TIER>\n    <TIER LINGUISTIC_TYPE_REF="words"',
            ),
            15,
            "annotation 'a1' on tier 'Ana': a <REF_ANNOTATION> on a tier without a PARENT_REF (only "
            "ALIGNABLE_ANNOTATION is)",
        ),
        (bad('TIER_ID="Ana">', ">"), 13, "TIER without a TIER_ID"),
    ],
)
def test_a_malformed_file_is_refused_naming_the_line_and_the_element(
    tmp_path: Path, content: str, line: int, reason: str
) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.eaf"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackageError) as refused:
        read("eaf", path)
    assert problem_lines(refused) == [f"{path}:{line}: {reason}"]


# -- XML attacks ---------------------------------------------------------------------------------

DOCTYPE_REFUSED = (
    "a DOCTYPE is refused: an EAF file has none, and one can declare entities that expand without bound or "
    "read other files (DTDForbidden)"
)
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<ANNOTATION_DOCUMENT><TIME_ORDER><TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="0"/><TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="900"/>
</TIME_ORDER><TIER TIER_ID="A" PARTICIPANT="A"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1"
TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>&lol9;</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>
</ANNOTATION_DOCUMENT>
"""


def test_billion_laughs_is_refused_at_once(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.eaf"
    path.write_text(BILLION_LAUGHS)
    began = time.monotonic()
    with pytest.raises(PackageError) as refused:
        read("eaf", path)
    assert time.monotonic() - began < 1.0
    assert problem_lines(refused) == [f"{path}:2: {DOCTYPE_REFUSED}"]


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE a [<!ENTITY secret SYSTEM "file://{secret}">]>',  # an external entity, read into the text
        '<!DOCTYPE a [<!ENTITY % remote SYSTEM "file://{secret}"> %remote;]>',  # a parameter entity
        '<!DOCTYPE ANNOTATION_DOCUMENT SYSTEM "file://{secret}">',  # an external DTD
    ],
)
def test_external_entities_are_refused_and_nothing_else_is_read(tmp_path: Path, doctype: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.eaf"
    path.write_text(
        '<?xml version="1.0"?>\n'
        + doctype.format(secret=secret)
        + '\n<ANNOTATION_DOCUMENT><TIME_ORDER><TIME_SLOT TIME_SLOT_ID="t1" TIME_VALUE="0"/>'
        '<TIME_SLOT TIME_SLOT_ID="t2" TIME_VALUE="900"/></TIME_ORDER><TIER TIER_ID="A"><ANNOTATION>'
        '<ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="t1" TIME_SLOT_REF2="t2">'
        "<ANNOTATION_VALUE>&secret;</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>\n"
    )
    with pytest.raises(PackageError) as refused:
        read("eaf", path)
    assert problem_lines(refused) == [f"{path}:2: {DOCTYPE_REFUSED}"]
    assert "TOP SECRET" not in str(refused.value)


def test_an_undeclared_entity_is_refused_as_bad_xml(tmp_path: Path) -> None:
    place_audio(tmp_path, "talk.wav")
    path = tmp_path / "talk.eaf"
    path.write_text(bad("Olá, Straße &amp; 猫", "&nbsp;"))
    with pytest.raises(PackageError) as refused:
        read("eaf", path)
    assert problem_lines(refused) == [f"{path}:16: not well-formed XML (undefined entity at column 35)"]
