package org.qinglian.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * 示例接收平台 — a receiving platform as a province might run it: records one by one over
 * REST, whole exchanges uploaded by vendors, and a page where a person uploads a file and
 * reads the report. Run: {@code mvn -pl governance-example-platform -am spring-boot:run}.
 */
@SpringBootApplication
public class PlatformApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlatformApplication.class, args);
  }
}
