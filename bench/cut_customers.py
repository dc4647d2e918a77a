#!/usr/bin/env python3
"""Cuts the generator's customers.csv to the 10 columns of issue 18's import benchmark
(id, e-mail, ints, two dates, money, low-cardinality text, a bool), CSV-aware (some cities
are quoted and hold commas, so `cut -d,` would be wrong).
usage: python3 bench/cut_customers.py GENERATED/customers.csv OUT.csv"""
import csv
import sys

COLUMNS = ['customer_id', 'email', 'age', 'country', 'signup_date', 'orders', 'total_spend',
           'last_order_date', 'loyalty_tier', 'email_opt_in']

with open(sys.argv[1], newline='') as f, open(sys.argv[2], 'w', newline='') as out:
    rows = csv.reader(f)
    header = next(rows)
    picks = [header.index(c) for c in COLUMNS]
    writer = csv.writer(out, lineterminator='\n')
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([row[i] for i in picks])
