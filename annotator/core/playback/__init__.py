"""Audio playback: a Player whose device callback only copies from a ring buffer a worker thread fills."""

from annotator.core.playback.output import Availability, OutputBackend, OutputStream, StreamFormat, probe_output
from annotator.core.playback.player import Player

__all__ = ["Availability", "OutputBackend", "OutputStream", "Player", "StreamFormat", "probe_output"]
