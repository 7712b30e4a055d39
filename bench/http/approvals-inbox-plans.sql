-- EXPLAIN ANALYZE of the approvals inbox's queries for one official (psql -v official=…), run by bench/http/approvals.sh.
-- Copied from EF Core's command log (keep in step with src/Modules/Approvals/Egov.Approvals/Inbox/InboxQueries.cs).
\echo '-- "to approve" count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*)::int
FROM (
    SELECT 1
    FROM approvals.steps AS s
    WHERE s.state IN ('Pending', 'Held') AND s.assignee_number = :'official'
    UNION ALL
    SELECT 1
    FROM approvals.steps AS s0
    WHERE s0.state IN ('Pending', 'Held') AND s0.stand_in_number = :'official'
) AS u;
\echo '-- "to approve", first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT d.id, d.title, d.drafter_name, d.status, COALESCE(u0.opened_at, d.updated_at), d.number, u0.stand_in_number = :'official' AND u0.stand_in_number IS NOT NULL
FROM (
    SELECT u.id, u.document_id, u.opened_at, u.stand_in_number
    FROM (
        SELECT s.id, s.document_id, s.opened_at, s.stand_in_number
        FROM approvals.steps AS s
        WHERE s.state IN ('Pending', 'Held') AND s.assignee_number = :'official'
        UNION ALL
        SELECT s0.id, s0.document_id, s0.opened_at, s0.stand_in_number
        FROM approvals.steps AS s0
        WHERE s0.state IN ('Pending', 'Held') AND s0.stand_in_number = :'official'
    ) AS u
    ORDER BY u.opened_at DESC, u.id DESC
    LIMIT 50 OFFSET 0
) AS u0
INNER JOIN approvals.documents AS d ON u0.document_id = d.id
ORDER BY u0.opened_at DESC, u0.id DESC;
\echo '-- "in progress" count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*)::int
FROM approvals.documents AS d
WHERE d.id IN (
    SELECT d0.id
    FROM approvals.documents AS d0
    WHERE d0.status IN ('Draft', 'InProgress') AND d0.drafter_number = :'official'
    UNION
    SELECT d1.id
    FROM approvals.documents AS d1
    WHERE d1.status = 'InProgress' AND EXISTS (
        SELECT 1
        FROM approvals.steps AS s
        WHERE s.acted_by_number = :'official' AND s.document_id = d1.id AND s.round = d1.round AND s.state = 'Approved'));
\echo '-- "done" count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*)::int
FROM approvals.documents AS d
WHERE d.id IN (
    SELECT d0.id
    FROM approvals.documents AS d0
    WHERE d0.status = 'Approved' AND d0.drafter_number = :'official'
    UNION
    SELECT d1.id
    FROM approvals.documents AS d1
    WHERE d1.status = 'Approved' AND EXISTS (
        SELECT 1
        FROM approvals.steps AS s
        WHERE s.acted_by_number = :'official' AND s.document_id = d1.id));
