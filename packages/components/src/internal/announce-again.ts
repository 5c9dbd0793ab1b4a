/**
 * Words for a widget's polite live region when the same words may come twice (a second redemption, a second
 * posting): still news, so the region is cleared first and given the words once that render is done — a screen
 * reader speaks a changed region only.
 */
export function announceAgain(host: { readonly updateComplete: Promise<unknown> }, show: (text: string) => void): (text: string) => void {
  return (text) => {
    show('');
    void host.updateComplete.then(() => {
      show(text);
    });
  };
}
