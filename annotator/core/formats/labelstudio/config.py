"""Label Studio labeling configs: the XML we write beside an export, and what a reader needs from one (through defusedxml).

The names below are the `from_name`/`to_name` of every result we write, so a project made from the
config matches the JSON exactly (LS compares them, and label values, case-sensitively):

- image: `<Image name="image" value="$image">`, `<RectangleLabels name="label">`, and, when the
  schema has box attributes, per-region `<Choices name="attributes" perRegion="true">`;
- audio: LS's "Automatic Speech Recognition using Segments" template: `<Labels name="labels">` (the
  speakers, then "Speech" for a segment with no speaker), `<Audio name="audio" value="$audio">`,
  `<TextArea name="transcription" perRegion="true">`;
- text: `<Text name="text" value="$text">`, `<Choices name="sentiment">` for the labels of the whole
  text and `<Labels name="label">` for spans.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree  # building only; every config we read goes through defusedxml
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.formats.text import fail
from annotator.core.model import LabelSchema

IMAGE, BOXES, ATTRIBUTES = "image", "label", "attributes"
AUDIO, SPEAKERS, TRANSCRIPT = "audio", "labels", "transcription"
TEXT, CHOICES, SPANS = "text", "sentiment", "label"
# A segment needs a label in LS's segments template; ours without a speaker get this one.
NO_SPEAKER = "Speech"

OBJECT_KINDS = {"Image": "image", "Audio": "audio", "AudioPlus": "audio", "Text": "text", "HyperText": "text"}
_LABEL_TAGS = {"Label", "Choice"}


def _label(parent: ElementTree.Element, tag: str, name: str, colour: str | None = None) -> None:
    attributes = {"value": name}
    if colour:
        attributes["background"] = colour
    ElementTree.SubElement(parent, tag, attributes)


def _xml(view: ElementTree.Element) -> str:
    ElementTree.indent(view, space="  ")
    return ElementTree.tostring(view, encoding="unicode") + "\n"


def image_config(schema: LabelSchema | None) -> str:
    """The config for box projects: RectangleLabels with the schema's labels and colours, box attributes per region."""
    view = ElementTree.Element("View")
    ElementTree.SubElement(view, "Image", {"name": IMAGE, "value": f"${IMAGE}"})
    boxes = ElementTree.SubElement(view, "RectangleLabels", {"name": BOXES, "toName": IMAGE})
    for label in schema.labels if schema else ():
        _label(boxes, "Label", label.name, label.color)
    if schema and schema.attributes:
        attributes = ElementTree.SubElement(
            view, "Choices", {"name": ATTRIBUTES, "toName": IMAGE, "perRegion": "true", "choice": "multiple"}
        )
        for name in schema.attributes:
            _label(attributes, "Choice", name)
    return _xml(view)


def audio_config(schema: LabelSchema | None) -> str:
    """LS's transcription-per-segment template, with the package's speakers as the segment labels."""
    view = ElementTree.Element("View")
    speakers = ElementTree.SubElement(view, "Labels", {"name": SPEAKERS, "toName": AUDIO})
    names = list(schema.speakers) if schema else []
    for name in [*names, *([] if NO_SPEAKER in names else [NO_SPEAKER])]:
        _label(speakers, "Label", name)
    ElementTree.SubElement(view, "Audio", {"name": AUDIO, "value": f"${AUDIO}"})
    ElementTree.SubElement(
        view,
        "TextArea",
        {"name": TRANSCRIPT, "toName": AUDIO, "rows": "2", "editable": "true", "perRegion": "true", "required": "true"},
    )
    return _xml(view)


def text_config(schema: LabelSchema | None) -> str:
    """Choices for the labels of the whole text (single or multiple, as the schema), Labels for spans."""
    view = ElementTree.Element("View")
    spans = ElementTree.SubElement(view, "Labels", {"name": SPANS, "toName": TEXT})
    for label in schema.labels if schema else ():
        _label(spans, "Label", label.name, label.color)
    ElementTree.SubElement(view, "Text", {"name": TEXT, "value": f"${TEXT}"})
    choice = "multiple" if schema and schema.mode == "multi" else "single"
    choices = ElementTree.SubElement(
        view, "Choices", {"name": CHOICES, "toName": TEXT, "choice": choice, "showInline": "true"}
    )
    for label in schema.labels if schema else ():
        _label(choices, "Choice", label.name)
    return _xml(view)


@dataclass
class Control:
    """One control tag of a config: RectangleLabels, Labels, Choices, TextArea, ..."""

    tag: str
    name: str
    per_region: bool = False
    choice: str = "single"
    values: list[str] = field(default_factory=list)


@dataclass
class LabelingConfig:
    """What an importer uses from a config: the kind, the task data key, and the controls by name."""

    kind: str
    data_key: str
    controls: dict[str, Control]

    def values(self, *tags: str, per_region: bool | None = None) -> list[str]:
        """The label values of every control with one of `tags` (per region or not, if asked), in config order, each once."""
        found = [
            value
            for control in self.controls.values()
            if control.tag in tags and per_region in (None, control.per_region)
            for value in control.values
        ]
        return list(dict.fromkeys(found))


def read_config(path: Path) -> LabelingConfig | None:
    """The config at `path` (None when there is none); XML that is malformed, or uses entities or a DTD, is refused."""
    import defusedxml.ElementTree as SafeTree
    from defusedxml import DefusedXmlException

    if not path.is_file():
        return None
    try:
        root = SafeTree.fromstring(path.read_bytes())
    except OSError as exc:
        fail(str(path), f"cannot be read ({exc.strerror or exc})")
    except DefusedXmlException:
        fail(str(path), "a labeling config may not declare a DTD or entities")
    except ElementTree.ParseError as exc:
        line, column = exc.position
        fail(f"{path}:{line}", f"not valid XML ({str(exc).split(':')[0]}, column {column + 1})")
    kind = data_key = None
    controls: dict[str, Control] = {}
    for element in root.iter():
        if element.tag in OBJECT_KINDS and kind is None:
            kind = OBJECT_KINDS[element.tag]
            data_key = (element.get("value") or "").removeprefix("$")
        elif element.get("toName") is not None and element.get("name"):
            values = [child.get("value") or "" for child in element if child.tag in _LABEL_TAGS]
            controls[element.get("name") or ""] = Control(
                tag=element.tag,
                name=element.get("name") or "",
                per_region=element.get("perRegion") == "true",
                choice=element.get("choice") or "single",
                values=[value for value in values if value],
            )
    if kind is None or not data_key:
        fail(str(path), 'the labeling config has no Image, Audio or Text tag with a value such as "$image"')
    return LabelingConfig(kind=kind, data_key=data_key, controls=controls)
