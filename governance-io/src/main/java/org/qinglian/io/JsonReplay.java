package org.qinglian.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of a JSON Lines object that came before its {@code type}, kept as tokens while
 * looking for it, then played back ahead of the line's own parser — so a line whose
 * {@code type} is not first is still tokenised once. Playback answers what the record parser
 * asks (tokens, names, text, locations, the path); anything else goes to the line's parser.
 */
final class JsonReplay {

  private record Token(JsonToken token, String text, long byteOffset, int line, int column) {}

  private final List<Token> tokens = new ArrayList<>();

  /**
   * Keeps the parser's current member: it is on the member's name; returns on the member's
   * last token, as {@link JsonParser#skipChildren()} would.
   */
  void keepMember(JsonParser parser) throws IOException {
    add(parser);
    JsonToken value = parser.nextToken();
    add(parser);
    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
      int depth = 1;
      while (depth > 0) {
        JsonToken token = parser.nextToken();
        if (token == null) {
          throw new com.fasterxml.jackson.core.JsonParseException(parser, "Unexpected end-of-input");
        }
        add(parser);
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
      }
    }
  }

  private void add(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    String text = token == JsonToken.FIELD_NAME ? parser.currentName() : token.isScalarValue() ? parser.getText() : null;
    JsonLocation at = parser.currentTokenLocation();
    tokens.add(new Token(token, text, at.getByteOffset(), at.getLineNr(), at.getColumnNr()));
  }

  /**
   * A parser that plays back the kept members, then reads on from {@code line}, which stands
   * on the {@code type} value; like it, the result stands just inside the object.
   */
  JsonParser playedBefore(JsonParser line, JsonLocation objectStart) {
    return new Playback(line, tokens, objectStart);
  }

  private static final class Playback extends JsonParserDelegate {
    private final List<Token> tokens;
    private int next;
    private Token current;
    private JsonReadContext context;

    Playback(JsonParser line, List<Token> tokens, JsonLocation objectStart) {
      super(line);
      this.tokens = tokens;
      this.context = JsonReadContext.createRootContext(null)
          .createChildObjectContext(objectStart.getLineNr(), objectStart.getColumnNr());
    }

    private boolean playing() {
      return current != null;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      if (next == tokens.size()) {
        current = null;
        return delegate.nextToken();
      }
      current = tokens.get(next++);
      JsonToken token = current.token();
      if (token == JsonToken.FIELD_NAME) {
        context.setCurrentName(current.text());
      } else {
        if (context.inArray()) {
          context.expectComma(); // moves the array's index to this item
        }
        if (token == JsonToken.START_OBJECT) {
          context = context.createChildObjectContext(current.line(), current.column());
        } else if (token == JsonToken.START_ARRAY) {
          context = context.createChildArrayContext(current.line(), current.column());
        } else if (token.isStructEnd()) {
          context = context.clearAndGetParent();
        }
      }
      return token;
    }

    @Override
    public JsonToken currentToken() {
      return playing() ? current.token() : delegate.currentToken();
    }

    @Override
    public JsonToken getCurrentToken() {
      return currentToken();
    }

    @Override
    public String currentName() throws IOException {
      return playing() ? context.getCurrentName() : delegate.currentName();
    }

    @Override
    public String getCurrentName() throws IOException {
      return currentName();
    }

    @Override
    public String getText() throws IOException {
      return playing() ? current.text() : delegate.getText();
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      if (!playing()) {
        return delegate.skipChildren();
      }
      if (current.token().isStructStart()) {
        int depth = 1;
        while (depth > 0) {
          JsonToken token = nextToken();
          depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        }
      }
      return this;
    }

    @Override
    public JsonLocation currentTokenLocation() {
      return playing() ? new JsonLocation(ContentReference.unknown(), current.byteOffset(), -1L, current.line(), current.column())
          : delegate.currentTokenLocation();
    }

    @Override
    public JsonLocation getTokenLocation() {
      return currentTokenLocation();
    }

    @Override
    public JsonLocation currentLocation() {
      return playing() ? currentTokenLocation() : delegate.currentLocation();
    }

    @Override
    public JsonLocation getCurrentLocation() {
      return currentLocation();
    }

    @Override
    public JsonStreamContext getParsingContext() {
      return playing() ? context : delegate.getParsingContext();
    }
  }
}
