; Inno Setup 6 script: a per-machine installer around the PyInstaller one-folder build.
; Build the folder first (python packaging\build_app.py), then:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\face-attendance.iss
; Output: dist\installer\face-attendance-setup-0.1.0.exe. Sign it (and the two .exe files in
; dist\face-attendance) with your code-signing certificate: see docs\installers.md.

#define AppName "Face Attendance"
#define AppVersion "0.1.0"
#define AppExe "face-attendance-gui.exe"

[Setup]
AppId={{6B0E6C2E-6A43-4B47-9B7A-1F5C3B0A2D11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=face-attendance
DefaultDirName={autopf}\Face Attendance
DefaultGroupName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=face-attendance-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
; The user's data (database, models, keys) lives in %LOCALAPPDATA%\face-attendance\face-attendance, kept on
; uninstall: attendance records are not the installer's to delete.

[Files]
Source: "..\..\dist\face-attendance\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; onnxruntime needs a current Visual C++ runtime. Put Microsoft's vc_redist.x64.exe next to
; this script before compiling to have the installer run it (skipped when not there).
#if FileExists(AddBackslash(SourcePath) + "vc_redist.x64.exe")
Source: "vc_redist.x64.exe"; DestDir: "{tmp}"; Flags: deleteafterinstall
#define WithVCRedist
#endif

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} kiosk"; Filename: "{app}\{#AppExe}"; Parameters: "kiosk"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
#ifdef WithVCRedist
Filename: "{tmp}\vc_redist.x64.exe"; Parameters: "/install /quiet /norestart"; StatusMsg: "Installing the Visual C++ runtime..."; Flags: waituntilterminated
#endif
; Migrate the database and check the shipped models once, as the installing user.
Filename: "{app}\face-attendance.exe"; Parameters: "db upgrade"; Flags: runhidden postinstall skipifsilent; Description: "Prepare the database"
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
