-- The next Kafka offset to project per partition, written in the same transaction as the read
-- models: a redelivered batch is recognised by its offsets, and a restart resumes exactly here.
CREATE TABLE projection_offset (
    topic           VARCHAR(255) NOT NULL,
    kafka_partition INTEGER      NOT NULL,
    next_offset     BIGINT       NOT NULL,
    PRIMARY KEY (topic, kafka_partition)
);
