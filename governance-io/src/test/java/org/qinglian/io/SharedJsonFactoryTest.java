package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.RecordType;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.fixtures.Fixtures;

/**
 * Reads share one Jackson factory per limits, and so its table of member names, across threads:
 * records read in several threads at once, while other threads read with other limits, come out
 * as they do read one at a time.
 */
class SharedJsonFactoryTest {

  @TempDir
  Path dir;

  @Test
  void readsInManyThreadsAtOnceGiveWhatOneThreadGives() throws Exception {
    Dataset dataset = Fixtures.dataset();
    List<RecordType> types = new ArrayList<>();
    List<String> jsons = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      for (GovernanceRecord record : dataset.records(type)) {
        String json = ExchangeJson.write(record);
        // An unknown member too: its name goes through the shared table of names as well.
        json = json.substring(0, json.length() - 1) + ",\"note" + types.size() + "\":1}";
        types.add(type);
        jsons.add(json);
        expected.add(ExchangeJson.read(type, json).toString());
      }
    }
    Path file = dir.resolve("long.json");
    Files.writeString(file, "{\"header\":" + ExchangeJson.write(dataset.getHeader())
        + ",\"units\":[{\"id\":\"U1\",\"name\":\"" + "名".repeat(2_000) + "\"}]}", StandardCharsets.UTF_8);
    ReadLimits small = ReadLimits.defaults().withMaxStringLength(1_000);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int thread = 0; thread < 3; thread++) {
        int start = thread;
        done.add(pool.submit(() -> {
          int reads = 0;
          for (int round = 0; round < 300; round++) {
            int i = (start + round) % jsons.size();
            assertEquals(expected.get(i), ExchangeJson.read(types.get(i), jsons.get(i)).toString());
            reads++;
          }
          return reads;
        }));
      }
      Callable<Integer> otherLimits = () -> {
        for (int round = 0; round < 30; round++) {
          assertEquals(1, parseErrors(ExchangeReader.readDataset(file, ReadOptions.builder().limits(small).build())));
          assertEquals(0, parseErrors(ExchangeReader.readDataset(file, ReadOptions.defaults())));
        }
        return 60;
      };
      done.add(pool.submit(otherLimits));
      int reads = 0;
      for (Future<Integer> future : done) {
        reads += future.get(); // rethrows a thread's failed assertion
      }
      assertEquals(3 * 300 + 60, reads);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long parseErrors(ReadResult result) {
    return result.issues().stream().filter(issue -> issue.code().equals("PARSE_ERROR")).count();
  }
}
