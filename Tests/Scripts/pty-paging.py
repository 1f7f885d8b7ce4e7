#!/usr/bin/env python3
# Usage: swift build -c release --static-swift-stdlib --product panelist && python3 Tests/Scripts/pty-paging.py [PANELIST]
#
# A companion to pty-latency.py that puts panelist's j/k beside the same amount of screen work in
# vim. Moving the selection in panelist's rubric tree redraws the application text (the selected
# indicator's section) and the scoring panel: about 3 KB of mostly CJK output. vim's j moves a
# cursor: a few bytes. So this prints three rows measured in one run through a pseudo-terminal at
# 200x60, each over 300 keys, with the answer over when nothing arrives for 40 ms:
#   vim -u NONE paging a file of CJK lines (C-f / C-b: a whole page redrawn),
#   vim -u NONE moving its cursor (j / k),
#   panelist moving the selection on the Zhejiang rubric (j / k),
# with median and p99 latency and median bytes written per key. Not a test: compare within one run.
import os, pty, time, select, fcntl, termios, struct, sys, tempfile, shutil

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
panelist = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release/panelist")
home = tempfile.mkdtemp(prefix="panelist-paging-")
text = os.path.join(home, "text.txt")
with open(text, "w") as out:
    for i in range(3000):
        out.write("第 %d 行 " % i + "智能制造能力成熟度自评估结果与现场核验记录，" * 4 + "\n")
env = {"PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
       "LANG": "C.UTF-8", "TERM": "xterm-256color"}


def run(argv, keys, label):
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(root)
        os.execve(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 60, 200, 0, 0))

    def drain(seconds):
        end = time.time() + seconds
        while True:
            ready, _, _ = select.select([fd], [], [], max(0, end - time.time()))
            if not ready:
                return
            os.read(fd, 65536)

    drain(1.5)
    latencies, sizes = [], []
    for i in range(300):
        key = keys[(i // 10) % 2]
        start = time.perf_counter()
        os.write(fd, key)
        select.select([fd], [], [], 1)
        n = len(os.read(fd, 65536))
        last = time.perf_counter()
        while True:
            ready, _, _ = select.select([fd], [], [], 0.04)
            if not ready:
                break
            n += len(os.read(fd, 65536))
            last = time.perf_counter()
        latencies.append((last - start) * 1000)
        sizes.append(n)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    latencies.sort()
    sizes.sort()
    print("| %s | %.2f ms | %.2f ms | %d |" % (label, latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99)], sizes[len(sizes) // 2]))


print("| 200x60, 300 keys | median | p99 | bytes per key, median |")
print("|---|---|---|---|")
run(["/usr/bin/vim", "-u", "NONE", text], [b"\x06", b"\x02"], "vim -u NONE, C-f / C-b (a page of CJK redrawn)")
run(["/usr/bin/vim", "-u", "NONE", text], [b"j", b"k"], "vim -u NONE, j / k (the cursor moves)")
run([panelist, "review", "Fixtures/applications/zj-2024-lanchi.yaml", "--name", "测"], [b"j", b"k"], "panelist, j / k (text and panel redrawn)")
shutil.rmtree(home, ignore_errors=True)
