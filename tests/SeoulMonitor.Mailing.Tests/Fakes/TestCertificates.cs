using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SeoulMonitor.Mailing.Tests.Fakes;

/// <summary>Throwaway certificates for TLS tests.</summary>
public static class TestCertificates
{
    /// <summary>A self-signed ECDSA P-256 server certificate for 127.0.0.1 with its private key, valid for one day.</summary>
    public static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=faulty.test", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("faulty.test");
        request.CertificateExtensions.Add(names.Build());
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
