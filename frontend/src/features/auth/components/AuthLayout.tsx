import type { ReactNode } from 'react';

export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="auth-layout">
      <div className="auth-card">
        <p className="brand brand-large" aria-hidden="true">
          SQL Studio
        </p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
