# Apply shell-launcher.xml to this PC (Windows 10/11 Enterprise, Education or IoT Enterprise),
# through the MDM WMI bridge. Run in an elevated PowerShell *as SYSTEM*, e.g.
#   psexec.exe -i -s powershell.exe -ExecutionPolicy Bypass -File enable-kiosk.ps1 -Account kiosk
# then sign in as the kiosk account. Undo: enable-kiosk.ps1 -Remove
param(
    [string]$Account = "kiosk",
    [string]$Xml = (Join-Path $PSScriptRoot "shell-launcher.xml"),
    [switch]$Remove
)
$ErrorActionPreference = "Stop"
# Shell Launcher must be on (Windows features: Device Lockdown > Shell Launcher).
Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart | Out-Null
$ns = "root\cimv2\mdm\dmmap"
$class = "MDM_AssignedAccess"
$obj = Get-CimInstance -Namespace $ns -ClassName $class
if ($Remove) {
    $obj.ShellLauncher = $null
} else {
    $config = (Get-Content -Raw -Encoding UTF8 $Xml) -replace "KIOSK_ACCOUNT", $Account
    $obj.ShellLauncher = [System.Net.WebUtility]::HtmlEncode($config)
}
Set-CimInstance -CimInstance $obj
Write-Host "Shell Launcher configuration applied. Restart the PC, then sign in as $Account."
