using System.Security.Cryptography;
using SalesCrm.Tests.TestSupport;
using SalesCrm.Web.Data.Protection;

namespace SalesCrm.Tests.Web.Data;

// SEC-4: AES-GCM with a fresh nonce per value; keyed hashes; the key comes from outside the database.
public sealed class ContactProtectorTests
{
    private readonly ContactProtector _protector = TestContactKey.Protector;

    [Fact]
    public void ProtectedValue_DecryptsBackToThePlainValue()
    {
        Assert.Equal("li.lei@example.com", _protector.Unprotect(_protector.Protect("li.lei@example.com")));
    }

    [Fact]
    public void SameValueProtectedTwice_GivesDifferentCiphertexts()
    {
        Assert.NotEqual(_protector.Protect("138 0013 8000"), _protector.Protect("138 0013 8000"));
    }

    [Fact]
    public void ValueProtectedUnderAnotherKey_CannotBeDecrypted()
    {
        var other = new ContactProtector(ContactProtector.NewKey());

        Assert.ThrowsAny<CryptographicException>(() => other.Unprotect(_protector.Protect("138 0013 8000")));
    }

    [Fact]
    public void TamperedCiphertext_IsRefused()
    {
        var stored = _protector.Protect("138 0013 8000");
        var bytes = Convert.FromBase64String(stored[3..]);
        bytes[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => _protector.Unprotect("v1:" + Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void PlainTextInTheColumn_IsRefusedRatherThanPassedThrough()
    {
        Assert.ThrowsAny<CryptographicException>(() => _protector.Unprotect("138 0013 8000"));
    }

    [Fact]
    public void PhoneAndEmailHashesOfTheSameText_Differ()
    {
        Assert.NotEqual(_protector.Hash(ContactMatchKeys.PhoneKind, "x"), _protector.Hash(ContactMatchKeys.EmailKind, "x"));
    }

    [Fact]
    public void HashesUnderAnotherKey_Differ()
    {
        var other = new ContactProtector(ContactProtector.NewKey());

        Assert.NotEqual(_protector.Hash(ContactMatchKeys.PhoneKind, "+8613800138000"), other.Hash(ContactMatchKeys.PhoneKind, "+8613800138000"));
    }

    [Fact]
    public void SEC4_BinaryData_DecryptsBackOnlyForThePurposeItWasProtectedFor()
    {
        var stored = _protector.ProtectBytes("%PDF-1.7 contract"u8, "issued contract PDF");

        Assert.Equal("%PDF-1.7 contract"u8.ToArray(), _protector.UnprotectBytes(stored, "issued contract PDF"));
        Assert.ThrowsAny<CryptographicException>(() => _protector.UnprotectBytes(stored, "data protection key ring"));
    }

    [Fact]
    public void SEC4_PlainBinaryDataInTheColumn_IsRefusedRatherThanPassedThrough()
    {
        Assert.ThrowsAny<CryptographicException>(() => _protector.UnprotectBytes("%PDF-1.7 contract"u8, "issued contract PDF"));
    }

    [Theory]
    [InlineData("王")]
    [InlineData("8")]
    [InlineData("😀")]
    public void SEC4_TheLongestTextOfAColumn_FitsTheColumnsProtectedLength(string character)
    {
        var longest = string.Concat(Enumerable.Repeat(character, 200))[..200];

        Assert.InRange(_protector.Protect(longest).Length, 0, ContactProtector.ProtectedMaxLength(200));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(64)]
    public void KeyThatIsNot32Bytes_IsRefused(int length)
    {
        Assert.Throws<ArgumentException>(() => new ContactProtector(new byte[length]));
    }
}
