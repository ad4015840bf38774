using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace SeoulMonitor.Mailing.Tests.Messages;

/// <summary>Answers every DKIM key query with one TXT record (no DNS).</summary>
internal sealed class FakeDkimPublicKeyLocator(string txtRecord) : DkimPublicKeyLocatorBase
{
    public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default)
        => GetPublicKey(txtRecord);

    public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default)
        => Task.FromResult(GetPublicKey(txtRecord));
}
