// A tiny cookie jar for tests that follow an OIDC provider's redirects with fetch(): the
// provider's own interaction cookies must go back with the next request.
export function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies.entries()].map(([k, v]) => `${k}=${v}`).join('; '),
    take: (res: Response) => {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const i = pair!.indexOf('=');
        cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
      }
    },
  };
}
