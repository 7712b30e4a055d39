// Program.cs registers each command group with one line; this keeps it free of per-command usings.
global using Egov.Cli.Commands;
