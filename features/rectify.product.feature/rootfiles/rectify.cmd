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
set "LOGGING="
rem java.util.logging without the INFO lines of Aries SPI Fly
if exist "%HERE%configuration\logging.properties" set LOGGING="-Djava.util.logging.config.file=%HERE%configuration\logging.properties"
set OPTS=--enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%LOCALAPPDATA%\Rectify\rectify.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off %LOGGING% %RECTIFY_JAVA_OPTS%
if "%~1"=="" (
  start "Rectify" "!JAVA:java.exe=javaw.exe!" !OPTS! -jar "!LAUNCHER!"
  exit /b 0
)
set "APP="
set "FIRST=%~1"
if /i "%~1"=="-nl" set "FIRST=%~3"
rem a first argument that is a name (letters, digits, - and _, not starting with -) names a
rem command, whatever the current folder holds; a path (x.rectify, C:\x) starts the desktop
set "REST="
if defined FIRST set "REST=!FIRST!"
if defined REST for %%c in (a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9 _ -) do if defined REST set "REST=!REST:%%c=!"
if defined FIRST if not "!FIRST:~0,1!"=="-" if not defined REST set "APP=-application rectify.cli.application -nosplash -data @none"
if defined APP goto headless
:osgi
"%JAVA%" %OPTS% -jar "%LAUNCHER%" %APP% %*
exit /b %ERRORLEVEL%

:headless
rem A command runs without OSGi: rectify.cli.Main on a plain class path of the jars the commands
rem need, which rectify.cli.PlainClassPath prepares in a cache folder named after the time the
rem plugins folder last changed (the product's configuration folder when it is writable, else the
rem user's). Each command has a class-data cache beside it (below): on Java 25 and newer an AOT
rem cache, before a CDS archive. When the class path cannot be prepared, the command runs in OSGi.
set "CACHE=%LOCALAPPDATA%\Rectify"
copy nul "%HERE%configuration\.writable" >nul 2>&1 && del "%HERE%configuration\.writable" >nul 2>&1 && set "CACHE=%HERE%configuration"
for %%f in ("%HERE%plugins") do set "STAMP=%%~tf"
set "STAMP=!STAMP:/=!"
set "STAMP=!STAMP::=!"
set "STAMP=!STAMP: =!"
set "STAMP=!STAMP:.=!"
set "STAMP=!STAMP:-=!"
set "DIR=!CACHE!\headless-!STAMP!"
if not exist "!DIR!\classpath.args" (
  set "CLI="
  for %%f in ("%HERE%plugins\rectify.cli_*.jar") do set "CLI=%%~ff"
  if defined CLI "%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "!CLI!" rectify.cli.PlainClassPath "%HERE%plugins" "!DIR!" >nul 2>&1
)
if not exist "!DIR!\classpath.args" goto osgi
set "NAME=other"
for %%c in (info validate archive ledger import) do if /i "!FIRST!"=="%%c" set "NAME=%%c"
rem the command's own class path, without the bundles it does not need, when it has one
set "CP=!DIR!\classpath.args"
if exist "!DIR!\classpath-!NAME!.args" set "CP=!DIR!\classpath-!NAME!.args"
set HOPTS=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:Tier3InvocationThreshold=1000 -XX:Tier3MinInvocationThreshold=500 -XX:Tier3CompileThreshold=5000 -XX:+UseParallelGC -XX:InitialRAMPercentage=6 -XX:NewRatio=1 -Dorg.apache.pdfbox.filter.deflatelevel=1 -Djava.awt.headless=true -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 "-Drectify.log=!DIR!\errors.log" --enable-native-access=ALL-UNNAMED %LOGGING%
rem Each command's class-data cache is recorded in the background, at a low priority, the first time
rem the command is used, from its training run on the bundled sample (rectify.cli.Training), never
rem from what a user's first run happens to do; runs before it is made go without.
if !MAJOR! LSS 25 (
  set "CDS=!DIR!\!V!-!NAME!.jsa"
  if not "!NAME!"=="other" if not exist "!CDS!" mkdir "!CDS!.training" >nul 2>&1 && start "" /b /low cmd /c ""%JAVA%" %HOPTS% "-XX:ArchiveClassesAtExit=!CDS!.new" -Xlog:cds=off -Xlog:cds+dynamic=off "@!CP!" rectify.cli.Training !NAME! >nul 2>&1 && move /y "!CDS!.new" "!CDS!" >nul 2>&1 & rmdir "!CDS!.training" & del "!CDS!.new" >nul 2>&1"
  set "USE="
  if exist "!CDS!" set USE="-XX:SharedArchiveFile=!CDS!"
  "%JAVA%" %HOPTS% !USE! -Xlog:cds=off -Xlog:cds+dynamic=off %RECTIFY_JAVA_OPTS% "@!CP!" rectify.cli.Main %*
  exit /b !ERRORLEVEL!
)
set HOPTS=%HOPTS% "-Xlog:aot*=off" "-Xlog:cds*=off"
set "AOT=!DIR!\!V!-!NAME!.aot"
if not "!NAME!"=="other" if not exist "!AOT!" mkdir "!AOT!.training" >nul 2>&1 && start "" /b /low cmd /c ""%JAVA%" %HOPTS% "-XX:AOTCacheOutput=!AOT!.new" "@!CP!" rectify.cli.Training !NAME! >nul 2>&1 && move /y "!AOT!.new" "!AOT!" >nul 2>&1 & rmdir "!AOT!.training" & del "!AOT!.new" >nul 2>&1"
set "USE="
if exist "!AOT!" set USE="-XX:AOTCache=!AOT!"
"%JAVA%" %HOPTS% !USE! %RECTIFY_JAVA_OPTS% "@!CP!" rectify.cli.Main %*
exit /b !ERRORLEVEL!

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
