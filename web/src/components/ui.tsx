// The dashboard's shared components, one small file each group under components/ui/; this barrel keeps
// every `from '…/components/ui.tsx'` import working.
export * from './ui/actions.tsx'
export * from './ui/fields.tsx'
export * from './ui/figures.tsx'
export * from './ui/notices.tsx'
export * from './ui/page.tsx'
export * from './ui/toasts.tsx'
