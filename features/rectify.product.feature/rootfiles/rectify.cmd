@echo off
rem Starts Rectify from this folder with a Java 21 or newer; arguments go to the product.
rem Without arguments the desktop application starts without a console window.
rem   rectify info REGISTER      one line per record (kind, title, counts), for scripts
rem   rectify validate REGISTER  the closed-loop rules' diagnostics; exit 1 on errors, 2 unreadable
rem   rectify help               all headless commands
rem RECTIFY_JAVA_OPTS adds options for the Java virtual machine.
setlocal EnableExtensions EnableDelayedExpansion
set "HERE=%~dp0"
set "JAVA="
if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA call :try "%HERE%jre\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA call :try "%%j"
if not defined JAVA for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\BellSoft\*") do if not defined JAVA call :try "%%d\bin\java.exe"
if not defined JAVA (
  echo Rectify needs Java 21 or newer, and none was found ^(looked at JAVA_HOME, PATH and Program Files^). 1>&2
  echo Install a JDK 21 or newer, for example Eclipse Temurin 21 ^(winget install EclipseAdoptium.Temurin.21.JDK^), 1>&2
  echo then run again, or set JAVA_HOME to it. 1>&2
  exit /b 1
)
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo !HERE! is not a complete Rectify installation ^(no plugins\org.eclipse.equinox.launcher_*.jar^). 1>&2
  exit /b 1
)
rem C1 only and a class-data archive: start-up is CPU-bound, and C2 competes with it.
if not exist "%LOCALAPPDATA%\Rectify" mkdir "%LOCALAPPDATA%\Rectify"
set OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%LOCALAPPDATA%\Rectify\rectify.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off %RECTIFY_JAVA_OPTS%
if "%~1"=="" (
  start "Rectify" "!JAVA:java.exe=javaw.exe!" !OPTS! -jar "!LAUNCHER!"
  exit /b 0
)
set "APP="
set "FIRST=%~1"
if /i "%~1"=="-nl" set "FIRST=%~3"
rem a first argument that is not an option, a register file nor an existing path names a command
if defined FIRST if not "!FIRST:~0,1!"=="-" if /i not "!FIRST:~-8!"==".rectify" if not exist "!FIRST!" set "APP=-application rectify.cli.application -nosplash -data @none"
"%JAVA%" %OPTS% -jar "%LAUNCHER%" %APP% %*
exit /b %ERRORLEVEL%

:try
rem Sets JAVA to %1 when that java.exe exists and is version 21 or newer.
if not exist "%~1" exit /b 0
set "V="
for /f "tokens=3" %%v in ('""%~1" -version 2^>^&1 ^| findstr /i /c:"version""') do if not defined V set "V=%%~v"
if not defined V exit /b 0
set "MAJOR="
for /f "tokens=1,2 delims=._-" %%a in ("!V!") do if "%%a"=="1" (set "MAJOR=%%b") else (set "MAJOR=%%a")
if defined MAJOR if !MAJOR! GEQ 21 set "JAVA=%~1"
exit /b 0
