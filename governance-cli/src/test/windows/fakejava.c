/*
 * A stand-in for java.exe in WindowsLauncherIT: appends each argument it receives, one per line
 * in brackets, to the file FAKE_JAVA_LOG names, then exits with FAKE_JAVA_STATUS (default 0).
 * Built with mingw-w64 and run under Wine, so the Windows launcher's command line can be seen.
 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  const char *log = getenv("FAKE_JAVA_LOG");
  FILE *out = log ? fopen(log, "a") : stdout;
  if (out == NULL) {
    return 99;
  }
  fprintf(out, "--- run\n");
  for (int i = 1; i < argc; i++) {
    fprintf(out, "[%s]\n", argv[i]);
  }
  if (out != stdout) {
    fclose(out);
  }
  const char *status = getenv("FAKE_JAVA_STATUS");
  return status ? atoi(status) : 0;
}
