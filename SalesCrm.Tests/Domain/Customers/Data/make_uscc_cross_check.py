"""Writes UsccCrossCheck.tsv: 200 unified social credit codes, each with python-stdnum's verdict and the GB 32100-2015 one.

Run once, from the repository root, with Debian's python3-stdnum (apt-get install python3-stdnum; 1.18 was used):
    /usr/bin/python3 SalesCrm.Tests/Domain/Customers/Data/make_uscc_cross_check.py

python-stdnum (stdnum.cn.uscc) checks the length, digits in characters 1-8, the alphabet and the 18th check character;
it knows neither the registration authorities and their categories, nor the divisions, nor the organisation code's check
digit. So each code is built from a part that is right or deliberately wrong, its expected refusal is the first wrong
part from the left (as SalesCrm names it), and this script asserts that its own reading of the rules agrees.
"""

import random
import stdnum
from stdnum import exceptions
from stdnum.cn import uscc

ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
CATEGORIES = {'1': '1239', '2': '19', '3': '123459', '4': '19', '5': '1239', '6': '129', '7': '129', '8': '19',
              '9': '123', 'A': '19', 'N': '1239', 'Y': '1'}
DIVISIONS = [line.split('\t')[0] for line in open('SalesCrm.Domain/Common/Data/AdministrativeDivisions.txt', encoding='utf-8')
             if line[0].isdigit()]
PROVINCES = {d[:2] for d in DIVISIONS if d.endswith('0000')}
# Registration authorities of development zones use codes the division table does not hold (京东: 91110302562134916R).
UNLISTED = ['110302', '320594']


def organisation_check(first16):
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(first16[8:16], [3, 7, 9, 10, 5, 8, 4, 2]))
    return {10: 'X', 11: '0'}.get(11 - total % 11, str(11 - total % 11))


def complete(first16):
    first17 = first16 + organisation_check(first16)
    return first17 + uscc.calc_check_digit(first17)


def with_check(first17):
    return first17 + uscc.calc_check_digit(first17)


def gb32100(code):
    """SalesCrm's refusal, read independently of its C#: the first wrong part from the left."""
    if len(code) != 18:
        return 'Uscc.Length'
    if any(c not in ALPHABET for c in code):
        return 'Uscc.Characters'
    if code[0] not in CATEGORIES:
        return 'Uscc.Authority'
    if code[1] not in CATEGORIES[code[0]]:
        return 'Uscc.Category'
    division = code[2:8]
    if division != '100000' and not (division.isdigit() and division[:2] in PROVINCES
                                     and not (division[2:4] == '00' and division[4:] != '00')):
        return 'Uscc.Division'
    if code[16] != organisation_check(code):
        return 'Uscc.OrganisationCheck'
    if code[17] != uscc.calc_check_digit(code):
        return 'Uscc.Checksum'
    return 'valid'


def stdnum_verdict(code):
    try:
        uscc.validate(code)
        return 'valid'
    except exceptions.ValidationError as error:
        return type(error).__name__


def body(rng, letters):
    # Old organisation codes are digits; those issued since 2015 start with MA (or MB, ME, ...) and mix letters in.
    if letters:
        return 'M' + rng.choice('ABE') + ''.join(rng.choice(ALPHABET) for _ in range(6))
    return ''.join(rng.choice('0123456789') for _ in range(8))


def main():
    rng = random.Random(32100)
    pairs = [(a, c) for a, cs in CATEGORIES.items() for c in cs]
    rows = []

    def add(code, expected, note):
        assert gb32100(code) == expected, (code, expected, gb32100(code))
        rows.append((code, stdnum_verdict(code), expected, note))

    valid = []
    for i in range(60):
        authority, category = pairs[i % len(pairs)]
        division = '100000' if i % 15 == 0 else rng.choice(UNLISTED) if i % 15 == 7 else rng.choice(DIVISIONS)
        code = complete(authority + category + division + body(rng, i % 2 == 0))
        valid.append(code)
        add(code, 'valid', 'valid')

    for code in rng.sample(valid, 30):
        add(code[:17] + rng.choice([c for c in ALPHABET if c != code[17]]), 'Uscc.Checksum', 'check character changed')

    for code in rng.sample(valid, 10):
        add(code[:rng.randrange(8, 18)] if rng.random() < 0.5 else code + rng.choice(ALPHABET), 'Uscc.Length', 'shortened or lengthened')

    for code in rng.sample(valid, 10):
        at = rng.randrange(8, 16)
        add(code[:at] + rng.choice('IOSVZ') + code[at + 1:], 'Uscc.Characters', 'forbidden letter')

    for _ in range(15):
        authority = rng.choice([c for c in ALPHABET if c not in CATEGORIES])
        add(complete(authority + '1' + rng.choice(DIVISIONS) + body(rng, rng.random() < 0.5)), 'Uscc.Authority', 'unknown authority')

    for _ in range(15):
        authority = rng.choice(list(CATEGORIES))
        category = rng.choice([c for c in ALPHABET if c not in CATEGORIES[authority]])
        add(complete(authority + category + rng.choice(DIVISIONS) + body(rng, rng.random() < 0.5)), 'Uscc.Category', 'category not of the authority')

    for i in range(15):
        kind = i % 3
        if kind == 0:
            division = rng.choice([p for p in map('{:02d}'.format, range(100)) if p not in PROVINCES and p != '10']) + \
                '{:04d}'.format(rng.randrange(10000))
        elif kind == 1:
            division = rng.choice(sorted(PROVINCES)) + '00' + '{:02d}'.format(rng.randrange(1, 100))
        else:
            division = rng.choice(DIVISIONS)[:3] + rng.choice('ABCDEFGH') + rng.choice(DIVISIONS)[4:6]
        add(complete('91' + division + body(rng, rng.random() < 0.5)), 'Uscc.Division',
            ['no such province', 'county code with no city', 'letter in the division'][kind])

    for code in rng.sample(valid, 15):
        wrong = rng.choice([c for c in '0123456789X' if c != code[16]])
        add(with_check(code[:16] + wrong), 'Uscc.OrganisationCheck', 'organisation check digit changed')

    # Codes the old check (length, alphabet, check character) accepted: 17 random characters and their check character.
    for _ in range(30):
        code = with_check(''.join(rng.choice(ALPHABET) for _ in range(17)))
        add(code, gb32100(code), 'random, old check passes')

    assert len(rows) == 200
    with open('SalesCrm.Tests/Domain/Customers/Data/UsccCrossCheck.tsv', 'w', encoding='utf-8', newline='\n') as out:
        out.write(f'# Made by make_uscc_cross_check.py with python-stdnum {stdnum.__version__} (Debian python3-stdnum).\n')
        out.write('# code\tpython-stdnum verdict\tGB 32100-2015 verdict (SalesCrm error code)\thow the code was made\n')
        for row in rows:
            out.write('\t'.join(row) + '\n')


main()
