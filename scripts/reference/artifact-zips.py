"""Zip archives for the safe-unzip tests, written by Python's zipfile (the oracle for the format).

Run: /usr/bin/python3 scripts/reference/artifact-zips.py  → test/fixtures/artifacts/*.zip and
expected.json (each archive's files and their SHA-256, as zipfile reads them back).
"""
import hashlib
import json
import os
import stat
import zipfile

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'artifacts')
os.makedirs(OUT, exist_ok=True)

PREDICTIONS = ''.join(f'{i},{i % 2},{(i * 37 % 100) / 100:.2f}\n' for i in range(2000))
PREDICTIONS = 'id,y_true,score\n' + PREDICTIONS
FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def info(name, method=zipfile.ZIP_DEFLATED):
    i = zipfile.ZipInfo(name, FIXED_TIME)
    i.compress_type = method
    i.external_attr = (0o644 | stat.S_IFREG) << 16
    i.create_system = 3
    return i


def write(name, entries, force_zip64=False):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, 'w') as z:
        for entry in entries:
            if isinstance(entry, zipfile.ZipInfo) and entry.filename.endswith('/'):
                z.writestr(entry, b'')
                continue
            zi, data = entry
            if force_zip64:
                with z.open(zi, 'w', force_zip64=True) as f:
                    f.write(data)
            else:
                z.writestr(zi, data)
    return path


expected = {}


def record(name):
    files = {}
    with zipfile.ZipFile(os.path.join(OUT, name)) as z:
        for i in z.infolist():
            if i.is_dir():
                continue
            files[i.filename] = hashlib.sha256(z.read(i)).hexdigest()
    expected[name] = files


# Deflated and stored files, a directory entry, a nested path, an empty file, UTF-8 names.
write('plain.zip', [
    (info('predictions.csv'), PREDICTIONS.encode()),
    (info('metrics.json', zipfile.ZIP_STORED), b'{"accuracy": 0.9}\n'),
    info('nested/'),
    (info('nested/deeper/notes.txt'), 'Größe ✓\n'.encode()),
    (info('empty.txt'), b''),
])
record('plain.zip')

# Zip64: lowering zipfile's limits makes it write what it writes for archives over 4 GiB or
# 65,535 entries — Zip64 extra fields in the central directory (sizes and offsets 0xFFFFFFFF)
# and the Zip64 end-of-central-directory record and locator.
limits = (zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT)
zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = 1, 1
write('zip64.zip', [(info('predictions.csv'), PREDICTIONS.encode()), (info('b/c.txt'), b'c\n')], force_zip64=True)
zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = limits
record('zip64.zip')

# Archives that must be refused.
write('traversal.zip', [(info('ok.txt'), b'fine\n'), (info('../evil.txt'), b'escaped\n')])
write('traversal-nested.zip', [(info('a/../../evil.txt'), b'escaped\n')])
write('traversal-backslash.zip', [(info('..\\evil.txt'), b'escaped\n')])
write('absolute.zip', [(info('/tmp/mlgate-evil.txt'), b'escaped\n')])
link = info('link')
link.external_attr = (0o777 | stat.S_IFLNK) << 16
write('symlink.zip', [(link, b'/etc/passwd')])
write('duplicate.zip', [(info('a.txt'), b'one\n'), (info('a.txt'), b'two\n')])

with open(os.path.join(OUT, 'expected.json'), 'w') as f:
    json.dump(expected, f, indent=2, sort_keys=True)
    f.write('\n')
print('wrote', sorted(os.listdir(OUT)))
