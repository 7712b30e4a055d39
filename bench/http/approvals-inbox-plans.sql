-- EXPLAIN ANALYZE of the approvals inbox's queries for one official (psql -v official=…), run by bench/http/approvals.sh.
\echo '-- "to approve" count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*)::int
FROM approvals.documents AS d
WHERE d.status = 'InProgress' AND EXISTS (
    SELECT 1
    FROM approvals.steps AS s
    WHERE s.document_id = d.id AND s.round = d.round AND s.state IN ('Pending', 'Held') AND (s.assignee_number = :'official' OR s.stand_in_number = :'official'));
\echo '-- "to approve", first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT d.id, d.title, d.drafter_name, d.status, d.updated_at, d.number, EXISTS (
    SELECT 1
    FROM approvals.steps AS s0
    WHERE s0.document_id = d.id AND s0.round = d.round AND s0.stand_in_number = :'official' AND s0.state IN ('Pending', 'Held'))
FROM approvals.documents AS d
WHERE d.status = 'InProgress' AND EXISTS (
    SELECT 1
    FROM approvals.steps AS s
    WHERE s.document_id = d.id AND s.round = d.round AND s.state IN ('Pending', 'Held') AND (s.assignee_number = :'official' OR s.stand_in_number = :'official'))
ORDER BY d.updated_at DESC, d.id DESC
LIMIT 50 OFFSET 0;
\echo '-- "in progress" count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*)::int
FROM approvals.documents AS d
WHERE d.status IN ('Draft', 'InProgress') AND (d.drafter_number = :'official' OR EXISTS (
    SELECT 1
    FROM approvals.steps AS s
    WHERE s.document_id = d.id AND s.round = d.round AND s.acted_by_number = :'official' AND s.state = 'Approved'));
\echo '-- "done" count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*)::int
FROM approvals.documents AS d
WHERE d.status = 'Approved' AND (d.drafter_number = :'official' OR EXISTS (
    SELECT 1
    FROM approvals.steps AS s
    WHERE s.document_id = d.id AND s.acted_by_number = :'official'));
