#!/usr/bin/env bash
# Runs a command with a private JACK dummy server (real-time paced, no sound card) and always stops it.
#
#   packaging/with-test-audio.sh .venv/bin/python -m pytest
#
# The server gets a name of its own (JACK_DEFAULT_SERVER), so two test runs on one machine never share
# or kill each other's server. When no server can be started the command still runs, with
# ANNOTATOR_TEST_AUDIO_PROBLEM saying why: the real-device tests fail with it under CI=true and skip
# with it on a developer's machine.
set -uo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi

server="annotator-test-$$"
log="$(mktemp -t annotator-jackd.XXXXXX.log)"
jackd_pid=""

stop_server() {
  if [ -n "$jackd_pid" ] && kill -0 "$jackd_pid" 2>/dev/null; then
    kill -TERM "$jackd_pid" 2>/dev/null
    # jackd exits within a few hundred ms on TERM; KILL it if it hangs so no daemon outlives the run.
    for _ in $(seq 1 50); do
      kill -0 "$jackd_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$jackd_pid" 2>/dev/null
    wait "$jackd_pid" 2>/dev/null
  fi
  rm -f "$log"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

problem=""
if ! command -v jackd >/dev/null 2>&1; then
  problem="jackd is not installed (install jackd2, e.g. as root: bash packaging/install-system-deps.sh)"
else
  # --no-realtime: no rtprio needed (root or not); -d dummy: paced by a timer, no sound card.
  JACK_NO_AUDIO_RESERVATION=1 jackd --no-realtime -n "$server" -d dummy -r 48000 -p 512 >"$log" 2>&1 &
  jackd_pid=$!
  if ! JACK_DEFAULT_SERVER="$server" jack_wait -w -t 10 >/dev/null 2>&1; then
    problem="the JACK dummy server did not start: $(tr '\n' ' ' <"$log" | tail -c 400)"
  fi
fi

if [ -n "$problem" ]; then
  echo "with-test-audio: no test audio device: $problem" >&2
  if [ "${CI:-}" = "true" ]; then
    echo "with-test-audio: CI=true, so the real-device playback tests will fail" >&2
  else
    echo "with-test-audio: the real-device playback tests will be skipped" >&2
  fi
  export ANNOTATOR_TEST_AUDIO_PROBLEM="$problem"
else
  export JACK_DEFAULT_SERVER="$server"
  export ANNOTATOR_TEST_AUDIO="jack-dummy"
fi
# Never start a JACK server behind our back (libjack would autostart one that nothing stops).
export JACK_NO_START_SERVER=1

"$@"
status=$?
exit $status
