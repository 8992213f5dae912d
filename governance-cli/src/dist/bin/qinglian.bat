@echo off
rem qinglian - the Qinglian command line (Windows).
rem Needs Java 17 or later: JAVA_HOME, else java on PATH. JAVA_OPTS adds JVM options.
rem On Java 17 to 23, runs the serial collector unless JAVA_OPTS (or JDK_JAVA_OPTIONS,
rem JAVA_TOOL_OPTIONS) names one.
rem Start-up: a class-data-sharing archive is made once, before the first run, under
rem %LOCALAPPDATA%\qinglian and used afterwards; set QINGLIAN_CDS=off to do without it.
setlocal EnableExtensions
set "HERE=%~dp0.."
rem java.exe, not java: %~$PATH: below finds a file by its full name.
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java.exe")
set "JAR=%HERE%\lib\qinglian.jar"
rem The java.exe that runs (through JAVA_HOME or PATH) and its folder: they name the archive below,
rem and the release file beside its bin folder tells its version without starting a JVM.
for %%j in ("%JAVA%") do set "JAVAEXE=%%~$PATH:j"
if not defined JAVAEXE set "JAVAEXE=%JAVA%"
for %%j in ("%JAVAEXE%") do set "JAVADIR=%%~dpj"
rem The serial collector on Java 17 to 23: a run is one pass through a file, and there G1's write
rem barriers cost 3 to 14 percent of a large file's time on two cores; from Java 24 on (JEP 475)
rem they cost less and the two collectors are even. Start-up is the same. Not when the user names
rem a collector (-XX:+UseG1GC, say; the JVM refuses to start with two), nor when the version
rem cannot be read.
set "GC="
set "JAVAVERSION="
if exist "%JAVADIR%..\release" for /f "usebackq tokens=1,2 delims==" %%a in ("%JAVADIR%..\release") do if "%%a"=="JAVA_VERSION" set "JAVAVERSION=%%~b"
set "MAJOR="
for /f "tokens=1 delims=." %%m in ("%JAVAVERSION%") do set "MAJOR=%%m"
if defined MAJOR if %MAJOR% GEQ 17 if %MAJOR% LEQ 23 set "GC=-XX:+UseSerialGC"
for %%o in (%JAVA_OPTS% %JDK_JAVA_OPTIONS% %JAVA_TOOL_OPTIONS%) do call :collector %%o
set "CDS="
if /I "%QINGLIAN_CDS%"=="off" goto run
if not defined LOCALAPPDATA goto run
set "CACHE=%LOCALAPPDATA%\qinglian"
rem Java 17 serves no class from the archive to a jar whose path holds a space or a character
rem outside ASCII (C:\Program Files, a folder with a Chinese name): the jar goes by its short
rem name (8.3, plain ASCII) where the volume keeps short names, as the system volume does by
rem default; the training run and every later run name it alike, as the archive requires.
for %%j in ("%JAR%") do set "JAR=%%~sj"
rem One archive per SDK version and Java installation, named after the java.exe found and the
rem sizes of its JVM library and of the jar: a Java or a jar updated in place gets an archive of
rem its own (the JVM refuses, silently, one another made). Its path is quoted within CDS, for
rem profiles whose folder name has a space.
set "SIZES="
for %%d in ("%JAVADIR%server\jvm.dll") do set "SIZES=%%~zd"
for %%j in ("%JAR%") do set "SIZES=%SIZES%-%%~zj"
set "KEY=%JAVAEXE::=%"
set "KEY=%KEY:\=_%"
set "KEY=%KEY: =_%"
set "ARCHIVE=%CACHE%\qinglian-@project.version@-%KEY%-%SIZES%.jsa"
if exist "%ARCHIVE%" goto archived
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
rem Made from a run of the commands people run (validate in each format, valid and broken, each
rem report; convert), not from whichever command comes first: after a first --version, an archive
rem of that run would leave validate loading its classes from the jar. About 2.5 s, once.
rem Interpreted (-Xint): Java 17 archives a method waiting for the JIT as waiting, and it is then
rem never compiled (JDK-8306460, fixed in 21): one archive in six left Jackson's tokeniser in C1.
rem The training gets the user's arguments for their --locale only: it says on standard error, in
rem that language, why this first run takes seconds. The JVM's own chatter goes to standard output.
set "MAKING=%ARCHIVE%.%RANDOM%"
"%JAVA%" -Xint "-XX:ArchiveClassesAtExit=%MAKING%" -Xlog:cds=off -Xlog:cds+dynamic=off %GC% %JAVA_OPTS% -cp "%JAR%" org.qinglian.cli.ArchiveTraining %* >nul && move /y "%MAKING%" "%ARCHIVE%" >nul 2>&1
if exist "%MAKING%" del "%MAKING%" 2>nul
if not exist "%ARCHIVE%" goto run
:archived
set "CDS="-XX:SharedArchiveFile=%ARCHIVE%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
:run
"%JAVA%" %CDS% %GC% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem No collector when the option names one: -XX:+Use...GC or -XX:-Use...GC, in any case. (Not
rem findstr: Wine's, which the tests run, exits 0 whatever it is given.)
:collector
set "OPTION=%~1"
if /i not "%OPTION:~-2%"=="GC" goto :eof
if /i "%OPTION:~0,8%"=="-XX:+Use" set "GC="
if /i "%OPTION:~0,8%"=="-XX:-Use" set "GC="
goto :eof
