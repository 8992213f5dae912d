package org.qinglian.report;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 字体子集 — cuts a TrueType font (glyf outlines) down to the glyphs of the given characters,
 * so an HTML report can carry the few hundred Chinese characters it uses instead of a 4 MB
 * font. Keeps what browsers' font sanitizers require (head, hhea, hmtx, maxp, cmap, loca,
 * glyf, name, OS/2, post) and the hinting tables; drops layout and vertical tables, which a
 * report's horizontal, unshaped Chinese text does not need. Glyphs are renumbered; a composite
 * glyph keeps its components.
 */
final class FontSubset {

  private static final String[] KEPT = {"OS/2", "cvt ", "fpgm", "gasp", "name", "post", "prep"};

  private final ByteBuffer font;
  private final Map<String, int[]> tables = new TreeMap<>(); // tag -> {offset, length}

  private FontSubset(byte[] bytes) {
    this.font = ByteBuffer.wrap(bytes);
    if (bytes.length < 12 || font.getInt(0) != 0x00010000) {
      throw new IllegalArgumentException("not a TrueType font with outlines (.ttf)");
    }
    int count = font.getShort(4) & 0xFFFF;
    for (int i = 0; i < count; i++) {
      int entry = 12 + 16 * i;
      String tag = new String(bytes, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      int offset = font.getInt(entry + 8);
      int length = font.getInt(entry + 12);
      if (offset < 0 || length < 0 || (long) offset + length > bytes.length) {
        throw new IllegalArgumentException("a damaged TrueType font: table " + tag.trim() + " ends outside the file");
      }
      tables.put(tag, new int[] {offset, length});
    }
    for (String required : new String[] {"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"}) {
      if (!tables.containsKey(required)) {
        throw new IllegalArgumentException("not a TrueType font with outlines: no " + required + " table");
      }
    }
  }

  /**
   * A font with the glyphs of those {@code codePoints} the font has, or empty when it has
   * none of them.
   */
  static java.util.Optional<byte[]> of(byte[] trueType, SortedSet<Integer> codePoints) {
    try {
      return new FontSubset(trueType).subset(codePoints);
    } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
      throw new IllegalArgumentException("a damaged TrueType font: a table points outside the file", e);
    }
  }

  private java.util.Optional<byte[]> subset(SortedSet<Integer> codePoints) {
    Map<Integer, Integer> oldGlyphOf = new LinkedHashMap<>();
    for (int codePoint : codePoints) {
      int glyph = glyphOf(codePoint);
      if (glyph != 0) {
        oldGlyphOf.put(codePoint, glyph);
      }
    }
    if (oldGlyphOf.isEmpty()) {
      return java.util.Optional.empty();
    }
    // New glyph order: .notdef, then each character's glyph, then components as they appear.
    Map<Integer, Integer> newIdOf = new LinkedHashMap<>();
    newIdOf.put(0, 0);
    for (int glyph : new TreeSet<>(oldGlyphOf.values())) {
      newIdOf.putIfAbsent(glyph, newIdOf.size());
    }
    List<Integer> order = new ArrayList<>(newIdOf.keySet());
    for (int i = 0; i < order.size(); i++) { // grows while composites bring components
      for (int component : components(order.get(i))) {
        if (newIdOf.putIfAbsent(component, newIdOf.size()) == null) {
          order.add(component);
        }
      }
    }

    ByteBuffer glyf = ByteBuffer.allocate(order.stream().mapToInt(g -> padded(glyphLength(g))).sum());
    ByteBuffer loca = ByteBuffer.allocate(4 * (order.size() + 1));
    for (int glyph : order) {
      loca.putInt(glyf.position());
      byte[] outline = glyphBytes(glyph);
      if (outline.length > 0 && ByteBuffer.wrap(outline).getShort(0) < 0) {
        renumberComponents(outline, newIdOf);
      }
      glyf.put(outline);
      glyf.position(padded(glyf.position()));
    }
    loca.putInt(glyf.position());

    ByteBuffer hmtx = ByteBuffer.allocate(4 * order.size());
    for (int glyph : order) {
      hmtx.putShort((short) advance(glyph)).putShort((short) leftSideBearing(glyph));
    }

    Map<String, byte[]> out = new TreeMap<>();
    byte[] head = copy("head");
    ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) 1); // checksum adjustment later; long loca
    out.put("head", head);
    byte[] hhea = copy("hhea");
    ByteBuffer.wrap(hhea).putShort(34, (short) order.size());
    out.put("hhea", hhea);
    byte[] maxp = copy("maxp");
    ByteBuffer.wrap(maxp).putShort(4, (short) order.size());
    out.put("maxp", maxp);
    out.put("hmtx", hmtx.array());
    out.put("loca", loca.array());
    out.put("glyf", glyf.array());
    Map<Integer, Integer> newGlyphOf = new TreeMap<>();
    oldGlyphOf.forEach((codePoint, glyph) -> newGlyphOf.put(codePoint, newIdOf.get(glyph)));
    out.put("cmap", cmap(newGlyphOf));
    for (String tag : KEPT) {
      if (tables.containsKey(tag)) {
        out.put(tag, copy(tag));
      }
    }
    if (out.containsKey("post")) { // version 3: no glyph names, which would name the old glyph order
      byte[] post = java.util.Arrays.copyOf(out.get("post"), 32);
      ByteBuffer.wrap(post).putInt(0, 0x00030000);
      out.put("post", post);
    }
    return java.util.Optional.of(assemble(out));
  }

  private int glyphOf(int codePoint) {
    int cmap = tables.get("cmap")[0];
    int count = font.getShort(cmap + 2) & 0xFFFF;
    int format4 = -1;
    int format12 = -1;
    for (int i = 0; i < count; i++) {
      int record = cmap + 4 + 8 * i;
      int platform = font.getShort(record) & 0xFFFF;
      int encoding = font.getShort(record + 2) & 0xFFFF;
      int subtable = cmap + font.getInt(record + 4);
      int format = font.getShort(subtable) & 0xFFFF;
      if (platform == 3 && encoding == 10 && format == 12) {
        format12 = subtable;
      } else if (platform == 3 && encoding == 1 && format == 4) {
        format4 = subtable;
      }
    }
    if (format12 >= 0) {
      long groups = font.getInt(format12 + 12) & 0xFFFFFFFFL;
      for (int i = 0; i < groups; i++) {
        int group = format12 + 16 + 12 * i;
        int start = font.getInt(group);
        int end = font.getInt(group + 4);
        if (codePoint >= start && codePoint <= end) {
          return font.getInt(group + 8) + codePoint - start;
        }
      }
      return 0;
    }
    if (format4 < 0 || codePoint > 0xFFFF) {
      return 0;
    }
    int segments = (font.getShort(format4 + 6) & 0xFFFF) / 2;
    int ends = format4 + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int rangeOffsets = deltas + 2 * segments;
    for (int i = 0; i < segments; i++) {
      int end = font.getShort(ends + 2 * i) & 0xFFFF;
      if (codePoint > end) {
        continue;
      }
      int start = font.getShort(starts + 2 * i) & 0xFFFF;
      if (codePoint < start) {
        return 0;
      }
      int delta = font.getShort(deltas + 2 * i);
      int rangeOffset = font.getShort(rangeOffsets + 2 * i) & 0xFFFF;
      if (rangeOffset == 0) {
        return (codePoint + delta) & 0xFFFF;
      }
      int glyph = font.getShort(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start)) & 0xFFFF;
      return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
    }
    return 0;
  }

  private int glyphOffset(int glyph) {
    int loca = tables.get("loca")[0];
    boolean longOffsets = font.getShort(tables.get("head")[0] + 50) != 0;
    return longOffsets ? font.getInt(loca + 4 * glyph) : 2 * (font.getShort(loca + 2 * glyph) & 0xFFFF);
  }

  private int glyphLength(int glyph) {
    return glyphOffset(glyph + 1) - glyphOffset(glyph);
  }

  private byte[] glyphBytes(int glyph) {
    byte[] outline = new byte[glyphLength(glyph)];
    font.get(tables.get("glyf")[0] + glyphOffset(glyph), outline);
    return outline;
  }

  private List<Integer> components(int glyph) {
    List<Integer> found = new ArrayList<>();
    byte[] outline = glyphBytes(glyph);
    if (outline.length == 0 || ByteBuffer.wrap(outline).getShort(0) >= 0) {
      return found;
    }
    forEachComponent(outline, (buffer, at) -> found.add(buffer.getShort(at) & 0xFFFF));
    return found;
  }

  private static void renumberComponents(byte[] outline, Map<Integer, Integer> newIdOf) {
    forEachComponent(outline, (buffer, at) -> buffer.putShort(at, newIdOf.get(buffer.getShort(at) & 0xFFFF).shortValue()));
  }

  private interface ComponentVisitor {
    void visit(ByteBuffer buffer, int glyphIndexAt);
  }

  // Composite glyph records (OpenType 'glyf'): flags, glyph index, arguments, optional scale.
  private static void forEachComponent(byte[] outline, ComponentVisitor visitor) {
    ByteBuffer buffer = ByteBuffer.wrap(outline);
    int at = 10;
    int flags;
    do {
      flags = buffer.getShort(at) & 0xFFFF;
      visitor.visit(buffer, at + 2);
      at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
      if ((flags & 0x0008) != 0) {
        at += 2;
      } else if ((flags & 0x0040) != 0) {
        at += 4;
      } else if ((flags & 0x0080) != 0) {
        at += 8;
      }
    } while ((flags & 0x0020) != 0);
  }

  private int advance(int glyph) {
    int metrics = font.getShort(tables.get("hhea")[0] + 34) & 0xFFFF;
    return font.getShort(tables.get("hmtx")[0] + 4 * Math.min(glyph, metrics - 1)) & 0xFFFF;
  }

  private int leftSideBearing(int glyph) {
    int metrics = font.getShort(tables.get("hhea")[0] + 34) & 0xFFFF;
    int hmtx = tables.get("hmtx")[0];
    return glyph < metrics ? font.getShort(hmtx + 4 * glyph + 2) : font.getShort(hmtx + 4 * metrics + 2 * (glyph - metrics));
  }

  private byte[] copy(String tag) {
    int[] table = tables.get(tag);
    byte[] bytes = new byte[table[1]];
    font.get(table[0], bytes);
    return bytes;
  }

  /** A format 4 subtable (Windows, BMP) with a segment per run of consecutive characters and glyphs. */
  private static byte[] cmap(Map<Integer, Integer> glyphOf) {
    List<int[]> segments = new ArrayList<>(); // {start, end, delta}
    glyphOf.forEach((codePoint, glyph) -> {
      if (codePoint > 0xFFFE) {
        return;
      }
      int[] last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
      if (last != null && last[1] == codePoint - 1 && ((codePoint + last[2]) & 0xFFFF) == glyph) {
        last[1] = codePoint;
      } else {
        segments.add(new int[] {codePoint, codePoint, (glyph - codePoint) & 0xFFFF});
      }
    });
    segments.add(new int[] {0xFFFF, 0xFFFF, 1});
    int count = segments.size();
    int length = 16 + 8 * count;
    ByteBuffer out = ByteBuffer.allocate(4 + 8 + length);
    out.putShort((short) 0).putShort((short) 1); // version, one encoding record
    out.putShort((short) 3).putShort((short) 1).putInt(12);
    int searchRange = 2 * Integer.highestOneBit(count);
    out.putShort((short) 4).putShort((short) length).putShort((short) 0).putShort((short) (2 * count))
        .putShort((short) searchRange).putShort((short) Integer.numberOfTrailingZeros(searchRange / 2))
        .putShort((short) (2 * count - searchRange));
    segments.forEach(s -> out.putShort((short) s[1]));
    out.putShort((short) 0);
    segments.forEach(s -> out.putShort((short) s[0]));
    segments.forEach(s -> out.putShort((short) s[2]));
    segments.forEach(s -> out.putShort((short) 0));
    return out.array();
  }

  private static byte[] assemble(Map<String, byte[]> tables) {
    int count = tables.size();
    int size = 12 + 16 * count + tables.values().stream().mapToInt(t -> padded(t.length)).sum();
    ByteBuffer out = ByteBuffer.allocate(size);
    int entrySelector = Integer.numberOfTrailingZeros(Integer.highestOneBit(count));
    int searchRange = 16 * Integer.highestOneBit(count);
    out.putInt(0x00010000).putShort((short) count).putShort((short) searchRange).putShort((short) entrySelector)
        .putShort((short) (16 * count - searchRange));
    int offset = 12 + 16 * count;
    int headOffset = 0;
    for (Map.Entry<String, byte[]> table : tables.entrySet()) {
      out.put(table.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
          .putInt(checksum(table.getValue())).putInt(offset).putInt(table.getValue().length);
      if (table.getKey().equals("head")) {
        headOffset = offset;
      }
      offset += padded(table.getValue().length);
    }
    for (byte[] table : tables.values()) {
      out.put(table);
      out.position(padded(out.position()));
    }
    byte[] font = out.array();
    ByteBuffer.wrap(font).putInt(headOffset + 8, (int) (0xB1B0AFBAL - (checksum(font) & 0xFFFFFFFFL)));
    return font;
  }

  private static int checksum(byte[] bytes) {
    ByteBuffer padded = ByteBuffer.wrap(java.util.Arrays.copyOf(bytes, padded(bytes.length)));
    int sum = 0;
    while (padded.hasRemaining()) {
      sum += padded.getInt();
    }
    return sum;
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }
}
