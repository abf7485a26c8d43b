#!/usr/bin/env bash
# Removes whatever an interrupted end-to-end run may have left behind: private
# dockerd/containerd processes under /tmp/dgt-*, their mounts, dgt* bridges,
# and dgt* test users and groups. The suite cleans up after itself; this is
# the safety net for a crash or a killed test binary. It never touches the
# system daemon (/var/run/docker.sock) or anything not created by the suite.
set -u
[ "$(id -u)" = 0 ] || exit 0
for pid in $(pgrep -f -- '--data-root /tmp/dgt-' 2>/dev/null) $(pgrep -f -- '/tmp/dgt-[^ ]*/exec/containerd' 2>/dev/null); do
  kill -9 "$pid" 2>/dev/null || true
done
# Private sshd instances of the ssh:// scenarios (config under /tmp/dgtsh-*);
# killing their process group ends their sessions too.
for pid in $(pgrep -f -- '/usr/sbin/sshd -D -e -f /tmp/dgtsh-' 2>/dev/null); do
  kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null || true
done
awk '$5 ~ "^/tmp/dgt-" {print $5}' /proc/self/mountinfo 2>/dev/null | sort -r | while read -r m; do
  umount -l "$m" 2>/dev/null || true
done
for br in $(ip -o link show type bridge 2>/dev/null | awk -F': ' '{print $2}' | grep '^dgt' || true); do
  ip link delete "$br" 2>/dev/null || true
done
# grep -E, not awk: Debian's mawk has no {n,} intervals.
for u in $(getent passwd | cut -d: -f1 | grep -E '^dgt[a-z0-9_]*-[0-9a-f]{8}$'); do
  # Their processes (an ssh client left by a killed test) block userdel.
  pkill -KILL -u "$u" 2>/dev/null || true
  userdel "$u" 2>/dev/null || true
done
for g in $(getent group | cut -d: -f1 | grep -E '^dgt[a-z0-9_]*-[0-9a-f]{8}$'); do
  groupdel "$g" 2>/dev/null || true
done
# The unreadable-/etc/group test makes it 0600 for a moment.
[ "$(stat -c %a /etc/group 2>/dev/null)" = 600 ] && chmod 644 /etc/group
rm -rf /tmp/dgt-* /tmp/dgtbin* /tmp/dgth* /tmp/dgts* /tmp/dgtp* 2>/dev/null || true
exit 0
