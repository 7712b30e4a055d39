global using Egov.Testing;
