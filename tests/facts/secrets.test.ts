import { describe, expect, it } from "vitest";
import { credentialIn } from "../../src/facts/secrets.js";

describe("credentialIn", () => {
  // Values shorter than 16 characters take a shorter pre-test: it must pass everything the patterns can find.
  it.each([
    ["pwd=s3cret", "a password in a connection string"],
    ["a://u:p@h", "a password in a URL"],
    ["a://u:***@h", undefined],
    ["Password=x;", "a password in a connection string"],
    ["value-3", undefined],
    ["-----", undefined],
    ["", undefined],
  ])("judges the short value %j", (value, expected) => {
    expect(credentialIn(value)).toBe(expected);
  });

  it("still finds credentials in values of 16 characters or more", () => {
    expect(credentialIn("AKIAABCDEFGHIJKLMNOP")).toBe("an AWS access key ID");
    expect(credentialIn("postgres://app:s3cret@db/app")).toBe("a password in a URL");
    expect(credentialIn("just-a-long-plain-value")).toBeUndefined();
  });

  it("finds an AWS secret access key written as a YAML literal block, with its line break (found by the secrets test)", () => {
    expect(credentialIn("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")).toBe("what looks like an AWS secret access key");
    expect(credentialIn(" wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ")).toBe("what looks like an AWS secret access key");
    expect(credentialIn("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nmore")).toBeUndefined();
  });
});
