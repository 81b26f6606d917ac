@echo off
rem standout @project.version@: tells how much a resume stands out from a pool of resumes.
rem Runs on a Java 17 or later: JAVA_HOME's when it is set, else the java on the PATH. JVM options can be passed
rem in STANDOUT_JAVA_OPTS (they come last, so they win).
rem
rem Start-up. On first use, one analysis of a bundled sample records the classes it loads in a class-data sharing
rem archive in a per-user cache folder (STANDOUT_CACHE_DIR, else %LOCALAPPDATA%\standout\cache); later runs map it
rem instead of loading and verifying those classes again. STANDOUT_CDS=0 turns it off; after a change of Java,
rem delete the folder so that the archive is made again. analyze, score and batch (unless --isolation none) run
rem with the quick C1 compiler only.
setlocal EnableExtensions DisableDelayedExpansion

for %%i in ("%~dp0..") do set "APP_HOME=%%~fi"

if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA_EXE%" (
  echo standout: JAVA_HOME is set to "%JAVA_HOME%", which has no bin\java.exe 1>&2
  exit /b 1
)
if not defined JAVA_HOME (
  where java.exe >nul 2>nul || (
    echo standout: no java on the PATH: install a Java 17 or later, or set JAVA_HOME 1>&2
    exit /b 1
  )
)

rem the class path, read by java and by the batch's worker processes
set "CLASSPATH=@standout.classpath.bat@"
set "MAIN=dev.standout.cli.Main"

rem C1 only where the JVM lives a short time or only coordinates
set "OPTS="
set "C1="
if /i "%~1"=="analyze" set "C1=1"
if /i "%~1"=="score" set "C1=1"
if /i "%~1"=="batch" call :batch_c1 %*
if defined C1 set "OPTS=-XX:TieredStopAtLevel=1"

rem the class-data sharing archive
if "%STANDOUT_CDS%"=="0" goto check
set "CACHE=%STANDOUT_CACHE_DIR%"
if not defined CACHE if defined LOCALAPPDATA set "CACHE=%LOCALAPPDATA%\standout\cache"
if not defined CACHE goto check
set "JSA=%CACHE%\standout-@project.version@.jsa"
set "WANTS="
for %%c in (analyze score batch model) do if /i "%~1"=="%%c" set "WANTS=1"
if not exist "%JSA%" if defined WANTS if exist "%APP_HOME%\samples\Jordan_Whitlock_Resume.pdf" call :archive || exit /b 1
if not exist "%JSA%" goto check
rem an archive that does not fit (another JDK build, changed jars) is ignored without a word
set "OPTS=-XX:SharedArchiveFile="%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off %OPTS%"
goto run

:check
call :check_java || exit /b 1

:run
"%JAVA_EXE%" %OPTS% %STANDOUT_JAVA_OPTS% %MAIN% %*
exit /b %ERRORLEVEL%

rem ---------------------------------------------------------------------------------------------------------------

:batch_c1
set "C1=1"
:batch_c1_next
if "%~1"=="" exit /b 0
if /i "%~1"=="--isolation=none" set "C1="
if /i "%~1"=="--isolation" if /i "%~2"=="none" set "C1="
shift
goto batch_c1_next

:archive
call :check_java || exit /b 1
if not exist "%CACHE%" mkdir "%CACHE%" >nul 2>nul
"%JAVA_EXE%" -XX:ArchiveClassesAtExit="%JSA%.tmp" %MAIN% analyze "%APP_HOME%\samples\Jordan_Whitlock_Resume.pdf" >nul 2>nul
if errorlevel 1 (
  del /q "%JSA%.tmp" >nul 2>nul
  exit /b 0
)
move /y "%JSA%.tmp" "%JSA%" >nul 2>nul
exit /b 0

:check_java
rem "1.8.0_392" is Java 8, "17.0.15" Java 17, "25-ea" Java 25
set "JV="
set "JMAJOR="
rem "call" first, so that cmd keeps the quotes around the path of java
for /f "tokens=3" %%v in ('call "%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:" version "') do if not defined JV set "JV=%%~v"
if not defined JV exit /b 0
for /f "tokens=1,2 delims=.-_" %%a in ("%JV%") do (
  set "JMAJOR=%%a"
  if "%%a"=="1" set "JMAJOR=%%b"
)
if not defined JMAJOR exit /b 0
if %JMAJOR% LSS 17 (
  echo standout: needs Java 17 or later; "%JAVA_EXE%" is Java %JMAJOR% 1>&2
  exit /b 1
)
exit /b 0
