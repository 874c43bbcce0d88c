#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, when run as root on Debian and any is missing.
set -euo pipefail

packages=(
  # Qt offscreen
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  # Qt in a real X window under Xvfb
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  # sounddevice needs PortAudio; fonts so text renders in screenshots: DejaVu for Latin, Greek,
  # Cyrillic, Hebrew and Arabic, Noto Color Emoji so emoji in texts are not empty boxes
  libportaudio2 fonts-dejavu-core fonts-noto-color-emoji
  # a JACK dummy server: a real-time paced output device for the playback tests (no sound card needed)
  jackd2
  # the quality report test opens the HTML report in it (chromium --headless --screenshot)
  chromium
  # the desktop-integration tests: desktop-file-validate, update-mime-database, gio (what a double-click runs)
  desktop-file-utils shared-mime-info libglib2.0-bin
)

if [ ! -f /etc/debian_version ]; then
  echo "install-system-deps: not Debian; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  packages+=(python3-venv)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps: missing ${missing[*]}; run as root or: sudo apt-get install ${missing[*]}" >&2
  exit 0
fi
echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# jackd2 asks whether to enable real-time priority; the tests run jackd --no-realtime, so say no up front.
echo "jackd2 jackd/tweak_rt_limits boolean false" | debconf-set-selections
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
