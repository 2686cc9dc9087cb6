package io.genericrepo.inmemory.conformance;

/**
 * Picks the next operation: writes (single and batch), reads (get, query, scan, batch get) and
 * invalid requests, in proportions that keep the tables populated and cover every kind often.
 */
final class Generator {

    private final Domain domain;
    private final Schema schema;
    private final WriteOperations writes;
    private final ReadOperations reads;
    private final BatchOperations batches;
    private final InvalidOperations invalid;

    Generator(Domain domain, Schema schema) {
        this.domain = domain;
        this.schema = schema;
        this.writes = new WriteOperations(domain);
        this.reads = new ReadOperations(domain);
        this.batches = new BatchOperations(domain);
        this.invalid = new InvalidOperations(domain);
    }

    Operation next() {
        Schema.Table table = domain.pick(schema.tables());
        int r = domain.random().nextInt(100);
        if (r < 18) {
            return writes.put(table);
        } else if (r < 40) {
            return writes.update(table);
        } else if (r < 48) {
            return writes.delete(table);
        } else if (r < 57) {
            return reads.get(table);
        } else if (r < 74) {
            return reads.query(table);
        } else if (r < 82) {
            return reads.scan(table);
        } else if (r < 87) {
            return batches.write(schema);
        } else if (r < 91) {
            return batches.get(schema);
        }
        return invalid.any(table);
    }
}
