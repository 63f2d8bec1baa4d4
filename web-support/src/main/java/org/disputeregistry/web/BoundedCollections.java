package org.disputeregistry.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/**
 * Collections are read up to their bound and no further: the element after a property's
 * {@code @Size(max)} (or after {@code defaultMax} without one) stops the reader with {@link
 * TooManyElements}, so a million-entry array is never built only for Bean Validation to find it too
 * long (nor validated element by element: a million violations).
 */
public final class BoundedCollections {

  private BoundedCollections() {}

  /** A Jackson module bounding every collection property. */
  public static SimpleModule module(int defaultMax) {
    return new SimpleModule("bounded-collections")
        .setDeserializerModifier(
            new BeanDeserializerModifier() {
              @Override
              public JsonDeserializer<?> modifyCollectionDeserializer(
                  DeserializationConfig config,
                  CollectionType type,
                  BeanDescription description,
                  JsonDeserializer<?> deserializer) {
                return new Bounded(deserializer, defaultMax);
              }
            });
  }

  /** More elements than the collection may hold; {@code getPath()} names the field. */
  public static final class TooManyElements extends MismatchedInputException {
    private final int max;

    TooManyElements(JsonParser parser, int max) {
      super(parser, "more than " + max + " elements", (Class<?>) null);
      this.max = max;
    }

    public int max() {
      return max;
    }

    /** The collection's field as a JSON path ({@code contacts}), without the element's index. */
    public String field() {
      java.util.List<Reference> references = getPath();
      int end = references.size();
      while (end > 0 && references.get(end - 1).getFieldName() == null) {
        end--;
      }
      return RequestErrors.path(references.subList(0, end));
    }

    /** What is wrong, naming the field. */
    public String describe() {
      return field() + " must have at most " + max + " elements";
    }
  }

  private static final class Bounded extends DelegatingDeserializer {
    private final int max;

    Bounded(JsonDeserializer<?> delegate, int max) {
      super(delegate);
      this.max = max;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Bounded(delegate, max);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      JsonDeserializer<?> contextual = super.createContextual(ctxt, property);
      Size size = property == null ? null : property.getAnnotation(Size.class);
      int bound = size == null ? max : Math.min(size.max(), max);
      JsonDeserializer<?> inner =
          contextual instanceof Bounded bounded ? bounded.getDelegatee() : contextual;
      return new Bounded(inner, bound);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartArrayToken()) {
        return super.deserialize(p, ctxt);
      }
      return super.deserialize(new Counting(p, max), ctxt);
    }
  }

  /** Fails when the array it was given at its start reaches its bound's next element. */
  private static final class Counting extends JsonParserDelegate {
    private final int max;
    private final JsonStreamContext array;

    Counting(JsonParser parser, int max) {
      super(parser);
      this.max = max;
      this.array = parser.getParsingContext();
    }

    private JsonToken checked(JsonToken token) throws IOException {
      JsonStreamContext context = delegate.getParsingContext();
      if (context == array && token != JsonToken.END_ARRAY && context.getCurrentIndex() >= max) {
        throw new TooManyElements(delegate, max);
      }
      return token;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      return checked(delegate.nextToken());
    }

    @Override
    public JsonToken nextValue() throws IOException {
      return checked(delegate.nextValue());
    }

    @Override
    public String nextTextValue() throws IOException {
      return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public String nextFieldName() throws IOException {
      return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(com.fasterxml.jackson.core.SerializableString name)
        throws IOException {
      return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
      JsonToken token = nextToken();
      return token == JsonToken.VALUE_TRUE
          ? Boolean.TRUE
          : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }
  }
}
