using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// The BouncyCastle <see cref="ISigner"/> MimeKit's DKIM signer feeds the canonicalized headers into, backed by .NET's
/// native RSA (OpenSSL on Linux): buffers the data, then one <see cref="RSA.SignData(byte[], HashAlgorithmName,
/// RSASignaturePadding)"/> with SHA-256 and PKCS#1 v1.5. Owned by one <see cref="DkimMessageSigner"/>, so by one
/// worker; not thread-safe. Signing only.
/// </summary>
internal sealed class NativeRsaSha256Signer(RSA rsa) : ISigner
{
    private byte[] _buffer = new byte[2048];
    private int _length;

    public string AlgorithmName => "SHA-256withRSA";

    public void Init(bool forSigning, ICipherParameters parameters)
    {
        if (!forSigning)
        {
            throw new NotSupportedException("This signer only signs.");
        }

        Reset();
    }

    public void Update(byte input) => BlockUpdate(new ReadOnlySpan<byte>(in input));

    public void BlockUpdate(byte[] input, int inOff, int inLen) => BlockUpdate(input.AsSpan(inOff, inLen));

    public void BlockUpdate(ReadOnlySpan<byte> input)
    {
        if (_length + input.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + input.Length));
        }

        input.CopyTo(_buffer.AsSpan(_length));
        _length += input.Length;
    }

    public int GetMaxSignatureSize() => (rsa.KeySize + 7) / 8;

    public byte[] GenerateSignature()
    {
        var signature = rsa.SignData(_buffer.AsSpan(0, _length), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Reset();
        return signature;
    }

    public bool VerifySignature(byte[] signature) => throw new NotSupportedException("This signer only signs.");

    public void Reset() => _length = 0;
}
