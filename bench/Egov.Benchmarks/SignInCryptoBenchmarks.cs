using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Egov.Benchmarks;

/// <summary>
/// The cost of one sign-in's cryptography on one core: a password check at the module's cost
/// (PBKDF2-HMAC-SHA512, 210,000 iterations, as IdentityModule configures) beside the raw ECDSA P-256
/// sign and verify that a passkey assertion costs the authenticator and the server, measured in the same run.
/// </summary>
[ShortRunJob]
public class SignInCryptoBenchmarks
{
    private const string Password = "correct horse battery staple";

    private readonly PasswordHasher<object> hasher =
        new(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }));

    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] signedData = RandomNumberGenerator.GetBytes(37 + 32);
    private byte[] signature = [];
    private string passwordHash = "";

    [GlobalSetup]
    public void Setup()
    {
        // A WebAuthn assertion signs authenticatorData (37 bytes without extensions) ‖ SHA-256(clientDataJSON).
        signature = key.SignData(signedData, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        passwordHash = hasher.HashPassword(new object(), Password);
    }

    [Benchmark(Baseline = true)]
    public bool EcdsaP256Verify() =>
        key.VerifyData(signedData, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    [Benchmark]
    public byte[] EcdsaP256Sign() =>
        key.SignData(signedData, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    [Benchmark]
    public PasswordVerificationResult PasswordVerify() =>
        hasher.VerifyHashedPassword(new object(), passwordHash, Password);
}
