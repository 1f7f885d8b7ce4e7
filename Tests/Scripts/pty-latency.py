#!/usr/bin/env python3
# Usage: swift build -c release --static-swift-stdlib --product panelist && python3 Tests/Scripts/pty-latency.py
#        [--binary [LABEL=]PATH[::CHECKOUT] ...]
#        [--sizes 80x24,200x60] [--keys 400] [--moves 15] [--starts 10] [--quiet-ms 40]
#
# Keystroke latency through a pseudo-terminal: drives the real panelist binary (the reviewer's
# screen on the Zhejiang rubric, Fixtures/applications/zj-2024-lanchi.yaml, 109 indicators) and
# `vim -u NONE` on a 3,000-line file in the same run, pressing j --moves times then k as many
# (the selection moves over the rubric tree's rows; vim's cursor over lines), over and over, and
# prints one table row per measure for both, side by side, at each size:
#
#   keystroke -> screen settled: from writing the key to the last byte of the program's answer,
#                the answer ending when nothing more arrives for --quiet-ms (median and p99);
#   start -> first frame settled: from spawning to the last byte of the first screen
#                (panelist twice: creating the application's journal, the reviewer's key
#                already made, and reopening the journal);
#   bytes written per j: what the program writes to the terminal per keystroke (median).
#
# The programs get a private HOME/XDG folders, TERM=xterm-256color, LANG=C.UTF-8. Nothing here
# is a test: figures vary from run to run and machine to machine, so compare within one run.
import argparse
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Program:
    """A program on the child side of a pty, the parent reading everything it writes."""

    def __init__(self, argv, cols, rows, env, cwd):
        self.start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(cwd)
            os.execve(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
        self.buffer = bytearray()

    def settle(self, quiet, limit=10.0):
        """Reads until `quiet` seconds pass without output; returns (time of the last byte, bytes read)."""
        last = None
        count = 0
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                break
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            last = time.perf_counter()
            count += len(chunk)
            self.buffer += chunk
            self.answer_queries(chunk)
        return last, count

    def answer_queries(self, chunk):
        # A cursor-position request (ESC [ 6 n) is answered as a terminal would.
        if b'\x1b[6n' in chunk:
            os.write(self.fd, b'\x1b[1;1R')

    def key(self, data, quiet):
        sent = time.perf_counter()
        os.write(self.fd, data)
        last, count = self.settle(quiet)
        return (last - sent if last else None), count

    def close(self, quit_keys):
        try:
            os.write(self.fd, quit_keys)
            self.settle(0.2, limit=2)
        except OSError:
            pass
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)


def environment(home):
    return {'PATH': '/usr/bin:/bin', 'HOME': home, 'XDG_STATE_HOME': home + '/state',
            'XDG_CONFIG_HOME': home + '/config', 'XDG_DATA_HOME': home + '/data',
            'LANG': 'C.UTF-8', 'TERM': 'xterm-256color'}


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def drive(argv, cols, rows, home, keys, moves, quiet, quit_keys, root=ROOT):
    """Starts a program, waits for its first frame, presses j and k; returns its figures."""
    program = Program(argv, cols, rows, environment(home), root)
    first, _ = program.settle(quiet * 5 if quiet < 0.1 else quiet)
    start = first - program.start if first else None
    latencies, sizes = [], []
    half = max(1, moves)
    pressed = 0
    while pressed < keys:
        for key in [b'j'] * half + [b'k'] * half:
            latency, count = program.key(key, quiet)
            if latency is not None:
                latencies.append(latency)
            if key == b'j':
                sizes.append(count)
            pressed += 1
            if pressed >= keys:
                break
    program.close(quit_keys)
    return start, latencies, sizes


def starts(argv, cols, rows, home_factory, count, quiet, quit_keys, before=None, root=ROOT):
    times = []
    for _ in range(count):
        home = home_factory()
        if before:
            before(home)
        program = Program(argv, cols, rows, environment(home), root)
        first, _ = program.settle(quiet * 5 if quiet < 0.1 else quiet)
        if first:
            times.append(first - program.start)
        program.close(quit_keys)
    return times


def measure_panelist(binary, root, cols, rows, fresh_home, args, quiet):
    """Starts (new journal, reopened) and keys for one panelist binary; its figures."""
    panelist = [binary, 'review', os.path.join(root, 'Fixtures/applications/zj-2024-lanchi.yaml'), '--name', 'Bench']
    # One home (the reviewer's key made once); a new journal per start, then the same journal
    # reopened, then the keys.
    kept = fresh_home()
    starts(panelist, cols, rows, lambda: kept, 1, quiet, b'q', root=root)
    new_journal = starts(panelist, cols, rows, lambda: kept, args.starts, quiet, b'q',
                         before=lambda home: shutil.rmtree(os.path.join(home, 'state'), ignore_errors=True), root=root)
    starts(panelist, cols, rows, lambda: kept, 1, quiet, b'q', root=root)
    reopen = starts(panelist, cols, rows, lambda: kept, args.starts, quiet, b'q', root=root)
    _, latencies, sizes = drive(panelist, cols, rows, kept, args.keys, args.moves, quiet, b'q', root=root)
    return {'lat': latencies, 'bytes': sizes, 'new': new_journal, 'reopen': reopen}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--binary', action='append',
                        help='a panelist binary, LABEL=PATH or PATH, run from CHECKOUT (its Rubrics and Fixtures; '
                             'default: this one) when given as PATH::CHECKOUT; repeat to compare builds in one run '
                             '(default: .build/release/panelist)')
    parser.add_argument('--sizes', default='80x24,200x60')
    parser.add_argument('--keys', type=int, default=400)
    parser.add_argument('--moves', type=int, default=15)
    parser.add_argument('--starts', type=int, default=10)
    parser.add_argument('--quiet-ms', type=float, default=40)
    args = parser.parse_args()
    quiet = args.quiet_ms / 1000
    binaries = []
    for item in args.binary or [os.path.join(ROOT, '.build/release/panelist')]:
        label, _, rest = item.partition('=') if '=' in item else ('', '', item)
        path, _, root = rest.partition('::')
        binaries.append((label or 'panelist', path, root or ROOT))
    vim = shutil.which('vim')
    if not vim:
        raise SystemExit('vim is not installed (apt-get install vim)')
    work = tempfile.mkdtemp(prefix='pty-latency-')
    try:
        text = os.path.join(work, 'lines.txt')
        with open(text, 'w') as f:
            for i in range(3000):
                f.write(f'line {i + 1:4d}: the quick brown fox jumps over the lazy dog\n')
        homes = [0]

        def fresh_home():
            homes[0] += 1
            home = os.path.join(work, f'home{homes[0]}')
            os.makedirs(home)
            return home

        vim_argv = [vim, '-u', 'NONE', '-N', '-n', text]
        names = '; '.join(f'{label}: {path}' + (f' (from {root})' if root != ROOT else '') for label, path, root in binaries)
        print(f'{names}; vim: {vim}; {args.keys} keys ({args.moves} j then {args.moves} k, over and over), '
              f'quiet {args.quiet_ms:g} ms, {args.starts} starts; load average {os.getloadavg()[0]:.1f}')
        for size in args.sizes.split(','):
            cols, rows = (int(n) for n in size.split('x'))
            figures = [measure_panelist(path, root, cols, rows, fresh_home, args, quiet) for _, path, root in binaries]
            v_start = starts(vim_argv, cols, rows, fresh_home, args.starts, quiet, b'\x1b:qa!\r')
            _, v_lat, v_bytes = drive(vim_argv, cols, rows, fresh_home(), args.keys, args.moves, quiet, b'\x1b:qa!\r')
            vim_figures = {'lat': v_lat, 'bytes': v_bytes, 'new': v_start, 'reopen': v_start}

            def ms(v):
                return f'{v * 1000:.2f} ms'

            labels = [label for label, _, _ in binaries]
            print(f'\n{cols}x{rows}')
            print('| measure | ' + ' | '.join(labels) + ' | vim -u NONE | ' + ' | '.join(f'{l} / vim' for l in labels) + ' |')
            print('|---' * (2 + 2 * len(labels)) + '|')

            def row(name, pick, fmt=ms, ratio=True):
                values = [pick(f) for f in figures]
                v = pick(vim_figures)
                ratios = [f'{p / v:.1f}x' if ratio and v else '-' for p in values]
                print(f'| {name} | ' + ' | '.join(fmt(p) for p in values) + f' | {fmt(v)} | ' + ' | '.join(ratios) + ' |')

            row('keystroke -> screen settled, median', lambda f: statistics.median(f['lat']))
            row('keystroke -> screen settled, p99', lambda f: percentile(f['lat'], 99))
            row('start -> first frame settled (new journal), median', lambda f: statistics.median(f['new']))
            row('start -> first frame settled (reopen), median', lambda f: statistics.median(f['reopen']))
            row('bytes written per j, median', lambda f: statistics.median(f['bytes']), fmt=lambda b: f'{b:.0f}', ratio=False)
            row('bytes written per j, mean', lambda f: statistics.mean(f['bytes']), fmt=lambda b: f'{b:.0f}', ratio=False)
            row(f'keys answered (of {args.keys})', lambda f: len(f['lat']), fmt=lambda n: f'{n}', ratio=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
