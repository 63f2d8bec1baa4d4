package org.disputeregistry.query.projection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A table's insert or update with the given columns in order, as a path of column names: a {@link
 * RowWrite} moves one step on at each new column, so at the flush its statement's text is at hand
 * (it had hashed and compared a list of every column, per row and flush: 8% of the projection's
 * threads). Shared by all writers; the column names are the read models' constants, so the paths
 * are finite, and the shapes stop growing at {@link #MOST} all the same (a write then has none).
 */
final class ColumnShape {

  private static final int MOST = 10_000;
  private static final AtomicInteger MADE = new AtomicInteger();
  private static final Map<String, ColumnShape> INSERTS = new ConcurrentHashMap<>();
  private static final Map<String, ColumnShape> UPDATES = new ConcurrentHashMap<>();

  private final Map<String, ColumnShape> next = new ConcurrentHashMap<>();
  private volatile String text;

  private ColumnShape() {}

  /** The shape of a write of the table without columns yet; null past the bound. */
  static ColumnShape of(String table, boolean insert) {
    Map<String, ColumnShape> roots = insert ? INSERTS : UPDATES;
    ColumnShape root = roots.get(table);
    return root != null ? root : made(roots, table);
  }

  /** This shape with one more column at its end; null past the bound. */
  ColumnShape then(String column) {
    ColumnShape shape = next.get(column);
    return shape != null ? shape : made(next, column);
  }

  private static ColumnShape made(Map<String, ColumnShape> shapes, String key) {
    if (MADE.get() >= MOST) {
      return shapes.get(key);
    }
    return shapes.computeIfAbsent(
        key,
        k -> {
          MADE.incrementAndGet();
          return new ColumnShape();
        });
  }

  /** The statement's text of this shape, made by {@code make} the first time. */
  String text(Supplier<String> make) {
    String known = text;
    if (known == null) {
      known = make.get();
      text = known;
    }
    return known;
  }
}
