; Inno Setup 6 script for Helsehus Desktop (needs Inno Setup 6.3 or newer).
;
; Packs the PyInstaller folder dist\helsehus-desktop\ into one setup .exe that installs for the
; current user only (no administrator rights) into %LOCALAPPDATA%\Programs\Helsehus Desktop.
;
; Normally run by `py packaging\build.py --installer`, which passes the defines below. By hand:
;   iscc /DAppVersion=0.1.0 packaging\helsehus-desktop.iss
; Defines (all optional):
;   AppVersion  shown version; default: ProductVersion of dist\helsehus-desktop\helsehus-desktop.exe
;   DistDir     the PyInstaller folder; default: ..\dist\helsehus-desktop beside this script
;   IconFile    setup icon (.ico); default: the one the PyInstaller spec renders into build\
;
; The user's data (database, log, settings under %LOCALAPPDATA%\Helsehus\Helsehus Desktop) is
; never touched by setup or uninstall.
;
; This file is UTF-8 with a byte-order mark, so that the compiler reads æøå right. Keep the BOM.

#define AppName "Helsehus Desktop"
#define AppPublisher "Helsehus"
#define AppExeName "helsehus-desktop.exe"

#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\helsehus-desktop"
#endif
#if !FileExists(AddBackslash(DistDir) + AppExeName)
  #error "No PyInstaller build found: run py packaging\build.py first, or pass /DDistDir=..."
#endif

#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(DistDir) + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: pass /DAppVersion=x.y.z"
#endif
; Windows wants four numbers for the setup file's own version resource.
#define AppVersionNumbers GetVersionNumbersString(AddBackslash(DistDir) + AppExeName)

#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\build\pyinstaller\helsehus-desktop\icons\helsehus-desktop.ico"
#endif

[Setup]
; AppId identifies the program for upgrades and uninstall. Never change it.
AppId={{0830966B-F45B-4D1A-A5F1-7B8ABA267E36}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}

; Per-user install: no UAC prompt; {userpf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes

; The PyInstaller build is 64-bit; Qt 6 needs Windows 10 1809 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763

; Close a running copy (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no

UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
#if FileExists(IconFile)
SetupIconFile={#IconFile}
#endif

WizardStyle=modern
ShowLanguageDialog=auto
Compression=lzma2/max
SolidCompression=yes
OutputBaseFilename=helsehus-desktop-{#AppVersion}-setup

[Languages]
; The first entry is used when Windows speaks neither language.
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nb.AppComment=Organisasjonskart, palliative forløp og ressursgruppemøter
en.AppComment=Organisation chart, palliative pathways and resource-group meetings

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder: a file left over from an older version (above
; all a migration script under helsehus_desktop\store\migrations) must not survive it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; helsehus-desktop.exe (windowed) and helsehus-desktop-cli.exe (console, for administrators'
; commands such as `helsehus-desktop-cli sample load`), sharing _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything the program may have written inside its own folder (never the user's data).
Type: filesandordirs; Name: "{app}\_internal"
